def confusion_matrix(true, predicted, classes):
    """Return the table of counts: row = the true class, column = the predicted class.

    confusion_matrix([0, 1, 1], [0, 0, 1], [0, 1]) -> [[1, 0], [1, 1]]
    """
    table = [[0] * len(classes) for _ in classes]  # one row per class, all zeros
    for i in range(len(true)):  # every pair of (true label, prediction)
        row = classes.index(true[i])  # the row: what it really is
        col = classes.index(predicted[i])  # the column: what the network said
        table[row][col] += 1  # count this pair
    return table
