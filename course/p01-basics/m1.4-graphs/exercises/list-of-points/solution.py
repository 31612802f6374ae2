def line_points(m, c, xs):
    """Return a list with y = m × x + c for each x in xs."""
    ys = []  # an empty list, made once, before the loop
    for x in xs:  # visit each x in turn
        ys.append(m * x + c)  # work out y and add it to the end of the list
    return ys  # after the loop, the list has one y per x


def first_points():
    """The y values of y = 2x at x = 0, 1, 2, 3."""
    return line_points(2, 0, [0, 1, 2, 3])  # m is 2 and nothing is added on
