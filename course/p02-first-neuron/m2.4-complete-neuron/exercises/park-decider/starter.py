import math  # the toolbox with math.exp, e to a power


def how_sure(inputs, weights, b):
    """Return sigmoid of (the weighted sum of inputs and weights, plus b)."""
    # Your code here


def decide(inputs, weights, b):
    """Return "yes" if how_sure(...) is more than 0.5, and "no" otherwise."""
    # Your code here


def park_today(sunny, friends_free, homework_left):
    """Return decide(...) for these three inputs, weights 2, 1.5 and -3, and bias -2."""
    # Your code here
