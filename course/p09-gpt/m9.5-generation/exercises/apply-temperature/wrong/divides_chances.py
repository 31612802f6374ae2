# expect: You divided the chances by t
import math


def apply_temperature(logits, t):
    ups = [math.exp(x) for x in logits]
    total = sum(ups)
    return [u / total / t for u in ups]
