# expect: These are chances
import math


def head(hidden, W, b):
    logits = [sum(w * h for w, h in zip(row, hidden)) + bias for row, bias in zip(W, b)]
    ups = [math.exp(z) for z in logits]
    return [u / sum(ups) for u in ups]
