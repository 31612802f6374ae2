# expect: how often it is wrong
def accuracy(predictions, labels):
    wrong = 0
    for i in range(len(labels)):
        if predictions[i] != labels[i]:
            wrong = wrong + 1
    return wrong / len(labels)
