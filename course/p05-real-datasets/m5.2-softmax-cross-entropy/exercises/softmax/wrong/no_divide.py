# expect: You forgot to divide each one by the total
import math


def softmax(scores):
    return [math.exp(s) for s in scores]
