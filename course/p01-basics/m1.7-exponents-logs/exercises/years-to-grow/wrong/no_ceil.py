# expect: Round up to a whole number of years
import math


def log_base(x, base):
    return math.log(x) / math.log(base)


def years_to_grow(rate, target):
    return log_base(target, 1 + rate)
