def on_line(m, c, x, y):
    """Return True if the point (x, y) is on the line y = m × x + c (gap under 0.000001)."""
    # Your code here


def crosses_x_axis(m, c):
    """Return the x where the line y = m × x + c has y = 0. m is not 0."""
    # Your code here
