# expect: You picked the biggest total
def weighted_totals(scores, weights):
    return [sum(s * w for s, w in zip(row, weights)) for row in scores]


def class_mean(totals):
    return sum(totals) / len(totals)


def class_spread(totals):
    m = class_mean(totals)
    return (sum((t - m) ** 2 for t in totals) / len(totals)) ** 0.5


def standout(scores, weights):
    totals = weighted_totals(scores, weights)
    best = 0
    for i in range(len(totals)):
        if totals[i] > totals[best]:
            best = i
    return best
