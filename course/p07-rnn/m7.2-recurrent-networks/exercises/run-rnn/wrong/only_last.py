# expect: You returned one number
import math


def run_rnn(xs, h0, w_x, w_h, b):
    h = h0
    for x in xs:
        h = math.tanh(w_x * x + w_h * h + b)
    return h
