# expect: Mind the brackets
import math


def grow(n):
    return 1 + 1 / n ** n


def gap_to_e(n):
    return math.e - grow(n)
