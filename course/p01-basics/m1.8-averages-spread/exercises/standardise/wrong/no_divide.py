# expect: did not divide by the standard deviation
def standardise(values):
    m = sum(values) / len(values)
    return [v - m for v in values]


def check(values):
    new = standardise(values)
    m = sum(new) / len(new)
    return [m, sum((v - m) ** 2 for v in new) / len(new)]
