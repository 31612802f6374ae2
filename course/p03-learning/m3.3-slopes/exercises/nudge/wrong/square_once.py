# expect: You multiplied by x only once
def curve(x):
    return 3 * x - 2 * x + 5


def nudge_slope(x, nudge):
    return (curve(x + nudge) - curve(x)) / nudge
