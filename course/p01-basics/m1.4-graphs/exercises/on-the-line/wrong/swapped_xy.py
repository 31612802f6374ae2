# expect: You swapped x and y
def on_line(m, c, x, y):
    return abs(m * y + c - x) < 0.000001


def crosses_x_axis(m, c):
    return -c / m
