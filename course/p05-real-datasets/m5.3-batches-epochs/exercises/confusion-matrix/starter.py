def confusion_matrix(true, predicted, classes):
    """Return the table of counts: row = the true class, column = the predicted class.

    confusion_matrix([0, 1, 1], [0, 0, 1], [0, 1]) -> [[1, 0], [1, 1]]
    """
    # Your code here
