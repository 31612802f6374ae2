import math


def predict(params, point):
    """The forward pass of 2 inputs -> ReLU hidden layer -> 1 sigmoid output."""
    W1, b1, W2, b2 = params  # unpack the weights and biases
    x, y = point  # the point's two numbers
    h = []  # the hidden layer's outputs
    for j in range(len(W1)):
        h.append(max(0, W1[j][0] * x + W1[j][1] * y + b1[j]))  # ReLU neuron j
    total = b2  # the output neuron's sum starts at its bias
    for j in range(len(h)):
        total = total + W2[j] * h[j]
    return 1 / (1 + math.exp(-total))  # sigmoid


def label(params, point):
    """1 if the network is more than half sure, else 0."""
    return 1 if predict(params, point) > 0.5 else 0
