import math  # the toolbox with math.exp, e to a power


def sigmoid(x):
    """Return sigmoid of x: 1 divided by (1 + e to the power -x).

    Use math.exp(n) for e to the power n.
    """
    # Your code here


def squash_all(numbers):
    """Return a new list with the sigmoid of each number, in the same order."""
    # Your code here
