# expect: You added the losses but did not divide
import math


def average_loss(chances):
    total = 0.0
    for p in chances:
        total += -math.log(p)
    return total
