# expect: You doubled x
def square(x):
    return x * 2


def cube(x):
    return x * x * x
