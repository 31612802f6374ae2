import math


def how_sure(inputs, weights, b):
    """Return sigmoid of (the weighted sum of inputs and weights, plus b)."""
    total = 0  # the running sum
    for i in range(len(inputs)):  # every position
        total = total + inputs[i] * weights[i]  # input times its weight
    total = total + b  # the bias, once
    return 1 / (1 + math.exp(-total))  # squash into 0 to 1


def decide(inputs, weights, b):
    """Return "yes" if how_sure(...) is more than 0.5, and "no" otherwise."""
    if how_sure(inputs, weights, b) > 0.5:  # more than half sure
        return "yes"
    return "no"  # half sure or less


def park_today(sunny, friends_free, homework_left):
    """Should we go to the park? Sun and friends help; homework pulls towards no."""
    return decide([sunny, friends_free, homework_left], [2, 1.5, -3], -2)
