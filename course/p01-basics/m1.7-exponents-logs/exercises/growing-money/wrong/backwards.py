# expect: Wrong way round
import math


def grow(n):
    return (1 + 1 / n) ** n


def gap_to_e(n):
    return grow(n) - math.e
