import math


def run_rnn(xs, h0, w_x, w_h, b):
    """Read xs one by one, starting from memory h0; return the memory after every time step."""
    h = h0  # the memory before the first step
    hs = []  # the memory after each step
    for x in xs:  # one time step per input
        h = math.tanh(w_x * x + w_h * h + b)  # the new memory replaces the old one
        hs.append(h)  # keep it
    return hs
