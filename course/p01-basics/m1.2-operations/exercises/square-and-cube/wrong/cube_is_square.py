# expect: That is the square
def square(x):
    return x * x


def cube(x):
    return square(x)
