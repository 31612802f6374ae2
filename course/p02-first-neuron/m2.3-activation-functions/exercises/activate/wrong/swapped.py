# expect: You swapped the two
import math


def activate(x, name):
    if name == "relu":
        return 1 / (1 + math.exp(-x))
    if name == "sigmoid":
        return max(0, x)
    if name == "leaky_relu":
        return x if x > 0 else x * 0.1
