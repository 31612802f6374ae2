# expect: For "relu" you used sigmoid
import math


def complete_neuron(inputs, weights, b, activation):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    total = total + b
    return 1 / (1 + math.exp(-total))
