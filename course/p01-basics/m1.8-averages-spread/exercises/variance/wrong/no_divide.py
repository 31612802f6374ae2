# expect: That is the sum of the squared gaps
def variance(values):
    m = sum(values) / len(values)
    total = 0
    for v in values:
        total = total + (v - m) * (v - m)
    return total


def standard_deviation(values):
    return variance(values) ** 0.5
