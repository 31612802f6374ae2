import math


def gate(x, h, w, u, b):
    """Return the sigmoid of w × x + u × h + b: a number from 0 (closed) to 1 (open)."""
    # Your code here
