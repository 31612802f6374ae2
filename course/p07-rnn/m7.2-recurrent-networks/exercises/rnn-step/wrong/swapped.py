# expect: swapped the weights
import math


def rnn_step(x, h, w_x, w_h, b):
    return math.tanh(w_x * h + w_h * x + b)
