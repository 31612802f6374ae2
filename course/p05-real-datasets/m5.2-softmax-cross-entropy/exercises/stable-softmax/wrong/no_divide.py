# expect: you forgot to divide each power by the total
import math


def stable_softmax(scores):
    biggest = max(scores)
    return [math.exp(s - biggest) for s in scores]
