# expect: That is sigmoid
import math


def tanh(x):
    return 1 / (1 + math.exp(-x))
