def predict(scores):
    """Return the position of the biggest score (the first one if two tie)."""
    best = 0  # the position of the biggest score so far
    for i in range(len(scores)):  # look at every position
        if scores[i] > scores[best]:  # bigger than the best so far?
            best = i  # remember where it is
    return best  # a class number, not a score
