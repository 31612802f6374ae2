# expect: left out the old memory
import math


def rnn_step(x, h, w_x, w_h, b):
    return math.tanh(w_x * x + b)
