def dot(a, b):
    """Multiply in pairs, then add."""
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total


def weighted_totals(scores, weights):
    """Each row of scores dotted with the weights: the matrix times the vector."""
    totals = []
    for row in scores:  # one row per pupil
        totals.append(dot(row, weights))  # that pupil's weighted total
    return totals


def class_mean(totals):
    """The fair share of the totals."""
    return sum(totals) / len(totals)


def class_spread(totals):
    """The standard deviation: square root of the mean squared gap."""
    m = class_mean(totals)
    total = 0
    for t in totals:
        total = total + (t - m) * (t - m)  # squared gap from the mean
    return (total / len(totals)) ** 0.5


def standout(scores, weights):
    """The position of the total furthest from the mean (first on a tie)."""
    totals = weighted_totals(scores, weights)
    m = class_mean(totals)
    best = 0  # the furthest so far: start with pupil 0
    for i in range(len(totals)):
        if abs(totals[i] - m) > abs(totals[best] - m):  # strictly further: the first wins a tie
            best = i
    return best
