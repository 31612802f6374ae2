import math  # the toolbox with math.exp, e to a power


def activate(x, name):
    """Return the activation called name, worked out for x.

    name is "sigmoid", "relu" or "leaky_relu".
    Leaky ReLU keeps a positive x and multiplies anything else by 0.1.
    """
    # Your code here
