# expect: You returned plain softmax
import math


def apply_temperature(logits, t):
    ups = [math.exp(x) for x in logits]
    total = sum(ups)
    return [u / total for u in ups]
