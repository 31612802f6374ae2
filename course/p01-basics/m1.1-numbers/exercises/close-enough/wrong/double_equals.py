# expect: That is what == says
def gap(a, b):
    return abs(a - b)


def close_enough(a, b):
    return a == b
