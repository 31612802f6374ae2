# expect: You forgot to divide each one by the total
import math


def attention_weights(scores):
    return [math.exp(s) for s in scores]
