# expect: You multiplied by 3
def double(x):
    return 2 * x


def add_three(x):
    return x * 3
