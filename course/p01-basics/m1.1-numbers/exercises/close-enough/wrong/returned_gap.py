# expect: You returned the gap itself
def gap(a, b):
    return abs(a - b)


def close_enough(a, b):
    return gap(a, b)
