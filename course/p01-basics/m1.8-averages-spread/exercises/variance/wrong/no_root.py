# expect: Take its square root
def variance(values):
    m = sum(values) / len(values)
    total = 0
    for v in values:
        total = total + (v - m) * (v - m)
    return total / len(values)


def standard_deviation(values):
    return variance(values)
