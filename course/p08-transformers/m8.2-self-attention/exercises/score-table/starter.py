import math  # math.sqrt(x) is the square root of x


def score_table(Q, K, scale):
    """Row i, column j: query i dotted with key j, divided by √d when scale is True."""
    # Your code here
