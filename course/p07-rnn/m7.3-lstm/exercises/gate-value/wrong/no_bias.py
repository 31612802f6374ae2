# expect: The bias is missing
import math


def gate(x, h, w, u, b):
    z = w * x + u * h
    return 1 / (1 + math.exp(-z))
