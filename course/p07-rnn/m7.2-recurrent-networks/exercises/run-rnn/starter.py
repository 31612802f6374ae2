import math


def run_rnn(xs, h0, w_x, w_h, b):
    """Read xs one by one, starting from memory h0; return the memory after every time step."""
    # Your code here
