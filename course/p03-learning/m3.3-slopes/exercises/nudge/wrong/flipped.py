# expect: The sign is flipped
def curve(x):
    return 3 * x * x - 2 * x + 5


def nudge_slope(x, nudge):
    return (curve(x) - curve(x + nudge)) / nudge
