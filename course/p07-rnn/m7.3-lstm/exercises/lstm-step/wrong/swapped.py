# expect: Your two numbers are swapped
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def lstm_step(x, h, c, params):
    p = params
    f = sigmoid(p["w_f"] * x + p["u_f"] * h + p["b_f"])
    i = sigmoid(p["w_i"] * x + p["u_i"] * h + p["b_i"])
    g = math.tanh(p["w_g"] * x + p["u_g"] * h + p["b_g"])
    o = sigmoid(p["w_o"] * x + p["u_o"] * h + p["b_o"])
    c_new = f * c + i * g
    h_new = o * math.tanh(c_new)
    return c_new, h_new
