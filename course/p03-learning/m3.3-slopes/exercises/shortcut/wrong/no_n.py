# expect: Bring the power down in front too
def power_slope(a, n, x):
    if n == 0:
        return 0
    return a * x ** (n - 1)


def curve_slope(parts, x):
    total = 0
    for a, n in parts:
        total = total + power_slope(a, n, x)
    return total
