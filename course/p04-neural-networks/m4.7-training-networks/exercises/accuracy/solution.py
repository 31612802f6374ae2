def accuracy(predictions, labels):
    """Return the share of positions where predictions[i] == labels[i]."""
    right = 0  # how many are right
    for i in range(len(labels)):  # every point
        if predictions[i] == labels[i]:
            right = right + 1
    return right / len(labels)  # a share from 0 to 1
