# expect: NaN is broken too
import math


def is_broken(value):
    return math.isinf(value)
