# expect: started again from h0
import math


def run_rnn(xs, h0, w_x, w_h, b):
    hs = []
    for x in xs:
        h = h0
        h = math.tanh(w_x * x + w_h * h + b)
        hs.append(h)
    return hs
