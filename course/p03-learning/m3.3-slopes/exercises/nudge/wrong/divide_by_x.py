# expect: Divide by the nudge, not by x
def curve(x):
    return 3 * x * x - 2 * x + 5


def nudge_slope(x, nudge):
    return (curve(x + nudge) - curve(x)) / x
