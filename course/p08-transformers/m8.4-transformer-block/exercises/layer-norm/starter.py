import math


def layer_norm(values, eps=1e-5):
    """Subtract the mean, divide by the standard deviation (with eps): a new list."""
    # Your code here
