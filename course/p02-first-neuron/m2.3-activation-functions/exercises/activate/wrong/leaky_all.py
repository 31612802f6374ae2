# expect: Leaky ReLU keeps a positive x as it is
import math


def activate(x, name):
    if name == "sigmoid":
        return 1 / (1 + math.exp(-x))
    if name == "relu":
        return max(0, x)
    if name == "leaky_relu":
        return x * 0.1
