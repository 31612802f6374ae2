import math


def rnn_step(x, h, w_x, w_h, b):
    """Return the new memory: tanh(w_x × x + w_h × h + b)."""
    # Your code here
