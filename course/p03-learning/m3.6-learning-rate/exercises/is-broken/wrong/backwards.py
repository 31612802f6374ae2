# expect: That is the other way round
import math


def is_broken(value):
    return math.isfinite(value)
