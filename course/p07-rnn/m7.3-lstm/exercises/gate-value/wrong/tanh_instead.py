# expect: You used tanh
import math


def gate(x, h, w, u, b):
    return math.tanh(w * x + u * h + b)
