# expect: forget the minus sign
import math


def sigmoid_neuron(x, w, b):
    z = x * w + b
    return 1 / (1 + math.exp(z))
