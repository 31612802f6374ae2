# expect: Mind the brackets
def standardise(values):
    m = sum(values) / len(values)
    sd = (sum((v - m) ** 2 for v in values) / len(values)) ** 0.5
    return [v - m / sd for v in values]


def check(values):
    new = standardise(values)
    m = sum(new) / len(new)
    return [m, sum((v - m) ** 2 for v in new) / len(new)]
