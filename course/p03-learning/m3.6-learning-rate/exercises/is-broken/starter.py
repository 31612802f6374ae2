import math


def is_broken(value):
    """Return True for infinity, minus infinity and NaN; False for a normal number."""
    # Your code here
