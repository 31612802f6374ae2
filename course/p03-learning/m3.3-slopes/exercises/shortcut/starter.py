def power_slope(a, n, x):
    """Return the slope of a × x to the power n, at x, by the shortcut rule.

    The rule: a × n × x to the power (n − 1). A plain number (n = 0) has slope 0.
    Example: power_slope(1, 2, 3) is the slope of x² at 3.
    """
    # Your code here


def curve_slope(parts, x):
    """Return the slope at x of a curve made of parts [a, n], all added up."""
    # Your code here
