import math  # math.log is ln; math.ceil rounds up


def log_base(x, base):
    """Return the logarithm of x for this base."""
    return math.log(x) / math.log(base)  # any base, from ln twice


def years_to_grow(rate, target):
    """Return the whole years until 1 coin is worth at least target."""
    exact = log_base(target, 1 + rate)  # the power of (1 + rate) that gives target
    return math.ceil(exact)  # part of a year still counts as a whole year
