# expect: You used log base 10
import math


def average_loss(chances):
    return sum(-math.log10(p) for p in chances) / len(chances)
