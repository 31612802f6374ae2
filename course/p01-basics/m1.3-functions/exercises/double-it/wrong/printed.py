# expect: Use `return`
def double(x):
    print(2 * x)


def add_three(x):
    return x + 3
