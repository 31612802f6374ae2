# expect: forget to add the bias before sigmoid
import math


def sigmoid_neuron(x, w, b):
    z = x * w
    return 1 / (1 + math.exp(-z))
