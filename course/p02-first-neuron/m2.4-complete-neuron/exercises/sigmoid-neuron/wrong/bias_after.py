# expect: You added the bias after sigmoid
import math


def sigmoid_neuron(x, w, b):
    return 1 / (1 + math.exp(-x * w)) + b
