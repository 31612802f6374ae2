# expect: you forgot the minus sign
import math


def average_loss(chances):
    total = 0.0
    for p in chances:
        total += math.log(p)
    return total / len(chances)
