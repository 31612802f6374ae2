import math


def gate(x, h, w, u, b):
    """Return the sigmoid of w × x + u × h + b: a number from 0 (closed) to 1 (open)."""
    z = w * x + u * h + b  # the weighted sum of the input and the old hidden state, plus the bias
    return 1 / (1 + math.exp(-z))  # the sigmoid squashes it into the range 0 to 1
