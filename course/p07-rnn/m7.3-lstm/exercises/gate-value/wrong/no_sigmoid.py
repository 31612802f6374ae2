# expect: You returned the weighted sum itself
import math


def gate(x, h, w, u, b):
    return w * x + u * h + b
