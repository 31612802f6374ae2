# expect: You added the bias after the activation
import math


def complete_neuron(inputs, weights, b, activation):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    if activation == "sigmoid":
        return 1 / (1 + math.exp(-total)) + b
    return max(0, total) + b
