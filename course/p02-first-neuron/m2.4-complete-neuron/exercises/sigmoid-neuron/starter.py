import math  # the toolbox with math.exp, e to a power


def sigmoid_neuron(x, w, b):
    """Return sigmoid of (x times w, plus b).

    x is the input, w the weight, b the bias. Sigmoid of z is 1 / (1 + math.exp(-z)).
    """
    # Your code here
