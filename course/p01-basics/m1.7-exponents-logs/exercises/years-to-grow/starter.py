import math


def log_base(x, base):
    """Return the logarithm of x for this base: ln(x) ÷ ln(base). log_base(50, 10) is about 1.699."""
    # Your code here


def years_to_grow(rate, target):
    """Return the whole years until 1 coin, growing by rate each year, is worth at least target."""
    # Your code here
