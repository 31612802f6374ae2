import math


def sigmoid(x):
    """Return sigmoid of x: 1 divided by (1 + e to the power -x)."""
    flipped = -x  # step 1: flip the sign
    e_power = math.exp(flipped)  # step 2: e to the power of that
    bottom = 1 + e_power  # step 3: add 1
    return 1 / bottom  # step 4: divide 1 by it


def squash_all(numbers):
    """Return a new list with the sigmoid of each number, in the same order."""
    result = []  # an empty list to fill
    for n in numbers:  # take each number in turn
        result.append(sigmoid(n))  # squash it and put it at the end
    return result
