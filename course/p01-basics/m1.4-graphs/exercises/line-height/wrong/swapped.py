# expect: You swapped m and c
def line_y(m, c, x):
    return c * x + m


def double_line(x):
    return 2 * x
