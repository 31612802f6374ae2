# expect: Infinity is broken too
import math


def is_broken(value):
    return math.isnan(value)
