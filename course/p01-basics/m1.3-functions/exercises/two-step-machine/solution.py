def double_then_add(x):
    """Double x, then add 1."""
    doubled = 2 * x  # step 1: double
    return doubled + 1  # step 2: add 1


def add_then_double(x):
    """Add 1 to x, then double."""
    bigger = x + 1  # step 1: add 1
    return 2 * bigger  # step 2: double


def machines_differ(x):
    """Return how much bigger add_then_double(x) is than double_then_add(x)."""
    return add_then_double(x) - double_then_add(x)  # the same input through both machines
