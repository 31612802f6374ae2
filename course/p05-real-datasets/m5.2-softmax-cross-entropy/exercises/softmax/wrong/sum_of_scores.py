# expect: You divided by the total of the scores
import math


def softmax(scores):
    powers = [math.exp(s) for s in scores]
    return [p / sum(scores) for p in powers]
