# expect: Use math.exp(-x) instead
def sigmoid(x):
    return 1 / (1 + 2.718 ** -x)


def squash_all(numbers):
    return [sigmoid(n) for n in numbers]
