def power_slope(a, n, x):
    """Return the slope of a × x to the power n, at x, by the shortcut rule."""
    if n == 0:  # a plain number never changes
        return 0  # so its slope is 0
    return a * n * x ** (n - 1)  # bring the power down, make it one less


def curve_slope(parts, x):
    """Return the slope at x of a curve made of parts [a, n], all added up."""
    total = 0  # running total of the slopes
    for a, n in parts:  # take each part apart: its number and its power
        total = total + power_slope(a, n, x)  # add this part's slope
    return total  # after the loop: the slope of the whole curve
