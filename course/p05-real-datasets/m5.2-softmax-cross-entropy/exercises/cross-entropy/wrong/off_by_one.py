# expect: Positions start at 0
import math


def cross_entropy(chances, target):
    return -math.log(chances[target - 1])
