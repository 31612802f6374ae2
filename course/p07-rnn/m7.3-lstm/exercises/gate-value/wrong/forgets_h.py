# expect: The old hidden state is missing
import math


def gate(x, h, w, u, b):
    z = w * x + b
    return 1 / (1 + math.exp(-z))
