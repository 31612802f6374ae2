import math  # the toolbox with math.exp, e to a power


def complete_neuron(inputs, weights, b, activation):
    """Return the output of a complete neuron.

    1. Work out the weighted sum of inputs and weights.
    2. Add the bias b.
    3. Return sigmoid of that if activation is "sigmoid", or ReLU of it if activation is "relu".
    """
    # Your code here
