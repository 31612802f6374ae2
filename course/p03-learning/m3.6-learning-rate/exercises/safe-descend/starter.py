import math


def safe_descend(x, target, weight, learning_rate, iterations):
    """Run gradient descent, but stop as soon as the weight is infinity or NaN.

    Return [the last weight, how many iterations ran].
    """
    # Your code here
