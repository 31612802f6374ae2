# expect: wrong sign
import math


def tanh(x):
    up = math.exp(x)
    down = math.exp(-x)
    return (down - up) / (up + down)
