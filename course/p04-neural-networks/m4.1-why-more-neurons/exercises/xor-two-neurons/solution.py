def relu(x):
    """Keep a number above zero; turn the rest into 0."""
    return x if x > 0 else 0


def hidden(x1, x2):
    """Return [A, B]: A = ReLU(x1 + x2), B = ReLU(x1 + x2 - 1)."""
    a = relu(x1 * 1 + x2 * 1 + 0)  # neuron A counts the ones
    b = relu(x1 * 1 + x2 * 1 - 1)  # neuron B fires only when both are 1
    return [a, b]


def xor_net(x1, x2):
    """Return A - 2 × B."""
    a, b = hidden(x1, x2)  # the hidden layer's two answers
    return a * 1 + b * -2  # the output neuron: weights 1 and -2, no bias
