# expect: You used sigmoid
import math


def rnn_step(x, h, w_x, w_h, b):
    total = w_x * x + w_h * h + b
    return 1 / (1 + math.exp(-total))
