import math


def tanh(x):
    """Return (e^x − e^−x) ÷ (e^x + e^−x): a number between −1 and 1."""
    # Your code here
