# expect: You added 2
def double(x):
    return x + 2


def add_three(x):
    return x + 3
