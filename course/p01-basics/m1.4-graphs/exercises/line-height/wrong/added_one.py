# expect: adds nothing on
def line_y(m, c, x):
    return m * x + c


def double_line(x):
    return line_y(2, 1, x)
