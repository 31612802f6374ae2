# expect: You divided by the biggest power
import math


def attention_weights(scores):
    powers = [math.exp(s) for s in scores]
    return [p / max(powers) for p in powers]
