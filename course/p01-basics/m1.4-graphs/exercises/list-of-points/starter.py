def line_points(m, c, xs):
    """Return a list with y = m × x + c for each x in the list xs, in order.

    line_points(2, 0, [0, 1, 2]) is [0, 2, 4].
    """
    # Your code here


def first_points():
    """Return the y values of y = 2x at x = 0, 1, 2 and 3."""
    # Your code here
