import math  # for math.exp, e to a power


def dense_layer(inputs, weights_list, biases, activation):
    """Return one output per neuron: activation(weighted sum + bias).

    activation is "relu", "sigmoid" or "none".
    """
    # Your code here
