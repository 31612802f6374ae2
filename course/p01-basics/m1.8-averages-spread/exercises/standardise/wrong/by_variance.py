# expect: You divided by the variance
def standardise(values):
    m = sum(values) / len(values)
    var = sum((v - m) ** 2 for v in values) / len(values)
    return [(v - m) / var for v in values]


def check(values):
    new = standardise(values)
    m = sum(new) / len(new)
    return [m, sum((v - m) ** 2 for v in new) / len(new)]
