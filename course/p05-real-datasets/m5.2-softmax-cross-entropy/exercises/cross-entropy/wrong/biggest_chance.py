# expect: You used the biggest chance
import math


def cross_entropy(chances, target):
    return -math.log(max(chances))
