import math  # the math module knows about infinity and NaN


def is_broken(value):
    """Return True for infinity, minus infinity and NaN; False for a normal number."""
    return not math.isfinite(value)  # finite means a normal number; anything else is broken
