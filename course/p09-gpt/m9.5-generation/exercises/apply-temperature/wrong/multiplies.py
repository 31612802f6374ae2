# expect: You multiplied the logits by t
import math


def apply_temperature(logits, t):
    ups = [math.exp(x * t) for x in logits]
    total = sum(ups)
    return [u / total for u in ups]
