# expect: not //
def accuracy(predictions, labels):
    right = 0
    for i in range(len(labels)):
        if predictions[i] == labels[i]:
            right = right + 1
    return right // len(labels)
