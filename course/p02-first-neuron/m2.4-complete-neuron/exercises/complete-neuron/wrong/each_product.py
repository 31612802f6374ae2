# expect: You put each product through sigmoid
import math


def complete_neuron(inputs, weights, b, activation):
    total = 0
    for i in range(len(inputs)):
        product = inputs[i] * weights[i]
        if activation == "sigmoid":
            total = total + 1 / (1 + math.exp(-product))
        else:
            total = total + max(0, product)
    return total + b
