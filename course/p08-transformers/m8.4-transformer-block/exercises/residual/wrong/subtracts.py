# expect: You took fx away from x
def residual(x, fx):
    out = []
    for a, b in zip(x, fx):
        out.append(a - b)
    return out
