import math


def average_loss(chances):
    """Return the mean of −ln(chance) over every position of the window."""
    # Your code here
