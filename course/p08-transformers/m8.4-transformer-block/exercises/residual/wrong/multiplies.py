# expect: You multiplied the numbers
def residual(x, fx):
    return [a * b for a, b in zip(x, fx)]
