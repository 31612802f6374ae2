import math


def sigmoid(z):
    """Squash any number into the range 0 to 1 (you may use this)."""
    return 1 / (1 + math.exp(-z))


def lstm_step(x, h, c, params):
    """One LSTM step with one hidden unit. Return (h_new, c_new)."""
    p = params  # a short name for the twelve numbers
    f = sigmoid(p["w_f"] * x + p["u_f"] * h + p["b_f"])  # forget gate: how much old c to keep
    i = sigmoid(p["w_i"] * x + p["u_i"] * h + p["b_i"])  # input gate: how much new to write
    g = math.tanh(p["w_g"] * x + p["u_g"] * h + p["b_g"])  # candidate, from −1 to 1
    o = sigmoid(p["w_o"] * x + p["u_o"] * h + p["b_o"])  # output gate: how much of c to show
    c_new = f * c + i * g  # keep some of the old memory, add some of the new
    h_new = o * math.tanh(c_new)  # squash the memory, then show part of it
    return h_new, c_new  # hidden state first, then cell state
