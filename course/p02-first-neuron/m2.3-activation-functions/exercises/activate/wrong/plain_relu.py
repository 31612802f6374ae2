# expect: That is plain ReLU
import math


def activate(x, name):
    if name == "sigmoid":
        return 1 / (1 + math.exp(-x))
    if name == "relu" or name == "leaky_relu":
        return max(0, x)
