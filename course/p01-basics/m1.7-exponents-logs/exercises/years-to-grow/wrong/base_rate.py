# expect: The base is 1 + rate
import math


def log_base(x, base):
    return math.log(x) / math.log(base)


def years_to_grow(rate, target):
    return math.ceil(log_base(target, rate))
