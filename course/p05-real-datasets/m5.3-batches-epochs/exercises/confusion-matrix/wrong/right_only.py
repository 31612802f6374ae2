# expect: only counts the right answers
def confusion_matrix(true, predicted, classes):
    table = [[0] * len(classes) for _ in classes]
    for i in range(len(true)):
        if true[i] == predicted[i]:
            k = classes.index(true[i])
            table[k][k] += 1
    return table
