# expect: divided before it subtracted
import math


def tanh(x):
    up = math.exp(x)
    down = math.exp(-x)
    return up - down / (up + down)
