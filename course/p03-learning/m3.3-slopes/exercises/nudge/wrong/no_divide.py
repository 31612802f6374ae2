# expect: Divide it by the nudge
def curve(x):
    return 3 * x * x - 2 * x + 5


def nudge_slope(x, nudge):
    return curve(x + nudge) - curve(x)
