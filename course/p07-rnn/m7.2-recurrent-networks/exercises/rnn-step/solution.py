import math


def rnn_step(x, h, w_x, w_h, b):
    """Return the new memory: tanh(w_x × x + w_h × h + b)."""
    total = w_x * x + w_h * h + b  # the new input and the old memory, each weighted, plus bias
    return math.tanh(total)  # squash into −1 to 1: the new memory
