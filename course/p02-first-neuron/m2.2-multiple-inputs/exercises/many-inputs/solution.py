def weighted_sum(inputs, weights):
    """Return the sum of each input times the weight at the same position."""
    total = 0  # the running sum starts at zero
    for i in range(len(inputs)):  # visit every position: 0, 1, 2, ...
        total = total + inputs[i] * weights[i]  # add this input times its weight
    return total  # after the loop, the running sum is the weighted sum


def neuron_multi(inputs, weights, b):
    """Return the weighted sum plus the bias."""
    return weighted_sum(inputs, weights) + b  # the bias is added once


def try_it():
    """The brief's numbers: inputs [5, 2, 8], weights [0.2, 0.5, 0.1], bias 0.5."""
    return neuron_multi([5, 2, 8], [0.2, 0.5, 0.1], 0.5)
