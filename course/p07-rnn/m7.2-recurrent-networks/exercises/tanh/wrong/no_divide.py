# expect: did not divide by the bottom
import math


def tanh(x):
    return math.exp(x) - math.exp(-x)
