# expect: You took the mean of the chances first
import math


def average_loss(chances):
    return -math.log(sum(chances) / len(chances))
