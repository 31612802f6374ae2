# expect: The last input is missing
import math


def complete_neuron(inputs, weights, b, activation):
    total = 0
    for i in range(len(inputs) - 1):
        total = total + inputs[i] * weights[i]
    total = total + b
    if activation == "sigmoid":
        return 1 / (1 + math.exp(-total))
    return max(0, total)
