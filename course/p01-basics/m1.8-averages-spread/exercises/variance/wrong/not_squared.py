# expect: The gaps were not squared
def variance(values):
    m = sum(values) / len(values)
    total = 0
    for v in values:
        total = total + (v - m)
    return total / len(values)


def standard_deviation(values):
    return abs(variance(values)) ** 0.5
