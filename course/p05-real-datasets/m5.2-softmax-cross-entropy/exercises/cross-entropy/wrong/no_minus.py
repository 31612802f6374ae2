# expect: You forgot the minus sign
import math


def cross_entropy(chances, target):
    return math.log(chances[target])
