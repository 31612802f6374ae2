def double_then_add(x):
    """Double x, then add 1. double_then_add(3) is 7."""
    # Your code here


def add_then_double(x):
    """Add 1 to x, then double. add_then_double(3) is 8."""
    # Your code here


def machines_differ(x):
    """Return add_then_double(x) take away double_then_add(x)."""
    # Your code here
