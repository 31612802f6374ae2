def neuron_error(inputs, weights, bias, target):
    """Return the neuron's error: its output minus the target.

    The output is the weighted sum of the inputs plus the bias.
    Example: neuron_error([2, 3], [0.1, 0.1], 0, 0.8) should be about -0.3.
    """
    # Your code here
