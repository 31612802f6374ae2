# expect: OverflowError
import math


def stable_softmax(scores):
    smallest = min(scores)
    powers = [math.exp(s - smallest) for s in scores]
    total = sum(powers)
    return [p / total for p in powers]
