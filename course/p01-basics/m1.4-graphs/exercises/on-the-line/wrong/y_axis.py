# expect: You want where y is 0
def on_line(m, c, x, y):
    return abs(m * x + c - y) < 0.000001


def crosses_x_axis(m, c):
    return c
