# expect: Append the new memory once per input
import math


def run_rnn(xs, h0, w_x, w_h, b):
    h = h0
    hs = []
    for x in xs:
        h = math.tanh(w_x * x + w_h * h + b)
    hs.append(h)
    return hs
