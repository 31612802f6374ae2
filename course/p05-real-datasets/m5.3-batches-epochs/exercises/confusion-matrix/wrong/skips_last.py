# expect: misses the last pair
def confusion_matrix(true, predicted, classes):
    table = [[0] * len(classes) for _ in classes]
    for i in range(len(true) - 1):
        table[classes.index(true[i])][classes.index(predicted[i])] += 1
    return table
