# expect: Rows and columns are swapped
def confusion_matrix(true, predicted, classes):
    table = [[0] * len(classes) for _ in classes]
    for i in range(len(true)):
        table[classes.index(predicted[i])][classes.index(true[i])] += 1
    return table
