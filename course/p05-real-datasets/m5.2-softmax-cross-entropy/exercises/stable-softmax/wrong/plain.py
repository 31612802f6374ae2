# expect: OverflowError
import math


def stable_softmax(scores):
    powers = [math.exp(s) for s in scores]
    total = sum(powers)
    return [p / total for p in powers]
