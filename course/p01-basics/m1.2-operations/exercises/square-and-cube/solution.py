def square(x):
    """Return x to the power 2."""
    return x * x  # x appears twice


def cube(x):
    """Return x to the power 3."""
    return x * x * x  # x appears three times
