import math


def sigmoid_neuron(x, w, b):
    """Return sigmoid of (x times w, plus b)."""
    z = x * w + b  # the neuron from lesson 2.1
    return 1 / (1 + math.exp(-z))  # then squash it into 0 to 1
