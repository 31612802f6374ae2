# expect: You squared the numbers themselves
def variance(values):
    total = 0
    for v in values:
        total = total + v * v
    return total / len(values)


def standard_deviation(values):
    return variance(values) ** 0.5
