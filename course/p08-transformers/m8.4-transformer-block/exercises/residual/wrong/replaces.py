# expect: the input is lost
def residual(x, fx):
    return fx
