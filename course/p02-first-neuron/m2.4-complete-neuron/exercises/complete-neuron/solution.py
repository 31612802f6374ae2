import math


def complete_neuron(inputs, weights, b, activation):
    """Return activation(weighted sum of inputs + b); activation is "sigmoid" or "relu"."""
    total = 0  # the running sum starts at zero
    for i in range(len(inputs)):  # visit every position
        total = total + inputs[i] * weights[i]  # add each input times its weight
    total = total + b  # add the bias once, after the loop
    if activation == "sigmoid":  # squash into 0 to 1
        return 1 / (1 + math.exp(-total))
    if total > 0:  # ReLU: keep a positive number
        return total
    return 0  # and turn the rest into 0
