import math


def tanh(x):
    """Return (e^x − e^−x) ÷ (e^x + e^−x): a number between −1 and 1."""
    up = math.exp(x)  # e to the power x
    down = math.exp(-x)  # e to the power −x
    return (up - down) / (up + down)  # the difference divided by the sum
