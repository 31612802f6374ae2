# expect: You returned one number
def residual(x, fx):
    return sum(x) + sum(fx)
