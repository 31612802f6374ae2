# expect: You added up the scores without the weights
def weighted_totals(scores, weights):
    return [sum(row) for row in scores]


def class_mean(totals):
    return sum(totals) / len(totals)


def class_spread(totals):
    m = class_mean(totals)
    return (sum((t - m) ** 2 for t in totals) / len(totals)) ** 0.5


def standout(scores, weights):
    totals = weighted_totals(scores, weights)
    m = class_mean(totals)
    best = 0
    for i in range(len(totals)):
        if abs(totals[i] - m) > abs(totals[best] - m):
            best = i
    return best
