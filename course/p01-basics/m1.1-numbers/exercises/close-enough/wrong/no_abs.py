# expect: Your gap has a minus sign
def gap(a, b):
    return a - b


def close_enough(a, b):
    return abs(gap(a, b)) < 0.000001
