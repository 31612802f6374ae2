# expect: first input was read twice
import math


def run_rnn(xs, h0, w_x, w_h, b):
    h = math.tanh(w_x * xs[0] + w_h * h0 + b)
    hs = []
    for x in xs:
        h = math.tanh(w_x * x + w_h * h + b)
        hs.append(h)
    return hs
