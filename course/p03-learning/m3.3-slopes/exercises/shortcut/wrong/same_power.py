# expect: You kept the same power
def power_slope(a, n, x):
    if n == 0:
        return 0
    return a * n * x ** n


def curve_slope(parts, x):
    total = 0
    for a, n in parts:
        total = total + power_slope(a, n, x)
    return total
