def on_line(m, c, x, y):
    """Return True if the point (x, y) is on the line y = m × x + c."""
    line_here = m * x + c  # how high the line is at this x
    return abs(line_here - y) < 0.000001  # close enough counts, since floats are a tiny bit off


def crosses_x_axis(m, c):
    """Return the x where y = m × x + c is 0."""
    return -c / m  # m × x + c = 0 means m × x = −c, so x = −c ÷ m
