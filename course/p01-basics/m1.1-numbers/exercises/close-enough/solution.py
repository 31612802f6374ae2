def gap(a, b):
    """Return how far apart a and b are. The answer is never below zero."""
    return abs(a - b)  # take one from the other; abs drops any minus sign


def close_enough(a, b):
    """Return True if the gap between a and b is smaller than 0.000001, else False."""
    return gap(a, b) < 0.000001  # a comparison is already True or False
