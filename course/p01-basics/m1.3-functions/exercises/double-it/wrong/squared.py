# expect: You multiplied x by itself
def double(x):
    return x * x


def add_three(x):
    return x + 3
