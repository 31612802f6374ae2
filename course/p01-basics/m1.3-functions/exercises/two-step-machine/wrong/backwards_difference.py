# expect: Wrong way round
def double_then_add(x):
    return 2 * x + 1


def add_then_double(x):
    return 2 * (x + 1)


def machines_differ(x):
    return double_then_add(x) - add_then_double(x)
