# expect: ZeroDivisionError
def power_slope(a, n, x):
    return a * n * x ** (n - 1)


def curve_slope(parts, x):
    total = 0
    for a, n in parts:
        total = total + power_slope(a, n, x)
    return total
