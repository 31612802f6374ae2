# expect: That is ln(x), base e
import math


def log_base(x, base):
    return math.log(x)


def years_to_grow(rate, target):
    return math.ceil(math.log(target) / math.log(1 + rate))
