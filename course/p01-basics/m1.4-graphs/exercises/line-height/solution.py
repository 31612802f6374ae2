def line_y(m, c, x):
    """Return y = m × x + c."""
    return m * x + c  # times first, then add the starting height


def double_line(x):
    """y = 2x is the line with m = 2 and c = 0."""
    return line_y(2, 0, x)  # nothing is added on, so c is 0
