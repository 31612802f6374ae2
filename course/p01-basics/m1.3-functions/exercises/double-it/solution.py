def double(x):
    """Return 2 times x."""
    return 2 * x  # the rule: two times the input


def add_three(x):
    """Return x plus 3."""
    return x + 3  # the rule: three more than the input
