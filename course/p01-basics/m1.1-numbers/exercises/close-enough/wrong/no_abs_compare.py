# expect: always looks close
def gap(a, b):
    return abs(a - b)


def close_enough(a, b):
    return a - b < 0.000001
