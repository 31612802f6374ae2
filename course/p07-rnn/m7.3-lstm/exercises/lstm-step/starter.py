import math


def sigmoid(z):
    """Squash any number into the range 0 to 1 (you may use this)."""
    return 1 / (1 + math.exp(-z))


def lstm_step(x, h, c, params):
    """One LSTM step with one hidden unit. Return (h_new, c_new)."""
    # Your code here
