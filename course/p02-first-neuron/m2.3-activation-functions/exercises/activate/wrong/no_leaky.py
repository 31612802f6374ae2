# expect: None
import math


def activate(x, name):
    if name == "sigmoid":
        return 1 / (1 + math.exp(-x))
    if name == "relu":
        return max(0, x)
