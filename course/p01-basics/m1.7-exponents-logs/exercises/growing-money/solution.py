import math  # for math.e


def grow(n):
    """Return (1 + 1 ÷ n) to the power n."""
    each_part = 1 + 1 / n  # the money grows by 1 ÷ n in each part
    return each_part ** n  # and that happens n times


def gap_to_e(n):
    """How far grow(n) is below e."""
    return math.e - grow(n)  # e is the top it creeps up to
