import math


def relu(x):
    """Keep numbers above zero; the rest become 0."""
    return x if x > 0 else 0


def sigmoid(x):
    """Squash any number into 0 to 1."""
    return 1 / (1 + math.exp(-x))


def dense_layer(inputs, weights_list, biases, activation):
    """Return one output per neuron: activation(weighted sum + bias)."""
    outputs = []  # one answer per neuron
    for i in range(len(weights_list)):  # each neuron
        total = 0  # fresh running sum
        for j in range(len(inputs)):  # each input
            total = total + inputs[j] * weights_list[i][j]
        total = total + biases[i]  # the bias, once
        if activation == "relu":  # the activation comes last
            total = relu(total)
        elif activation == "sigmoid":
            total = sigmoid(total)
        outputs.append(total)  # "none" keeps the total as it is
    return outputs
