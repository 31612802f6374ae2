import math


def grow(n):
    """Return (1 + 1 ÷ n) to the power n: one coin after a year split into n parts. grow(2) is 2.25."""
    # Your code here


def gap_to_e(n):
    """Return math.e take away grow(n)."""
    # Your code here
