# expect: misses the first pair
def confusion_matrix(true, predicted, classes):
    table = [[0] * len(classes) for _ in classes]
    for i in range(1, len(true)):
        table[classes.index(true[i])][classes.index(predicted[i])] += 1
    return table
