def gap(a, b):
    """Return how far apart a and b are. The answer is never below zero."""
    # Your code here


def close_enough(a, b):
    """Return True if the gap between a and b is smaller than 0.000001, else False."""
    # Your code here
