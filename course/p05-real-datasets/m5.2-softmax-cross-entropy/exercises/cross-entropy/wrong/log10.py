# expect: You used log base 10
import math


def cross_entropy(chances, target):
    return -math.log10(chances[target])
