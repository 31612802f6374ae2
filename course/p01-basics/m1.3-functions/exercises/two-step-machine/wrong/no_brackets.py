# expect: Put brackets around x + 1
def double_then_add(x):
    return 2 * x + 1


def add_then_double(x):
    return 2 * x + 1


def machines_differ(x):
    return add_then_double(x) - double_then_add(x)
