# expect: You added the factors
def slope_back(factors):
    slope = 0.0
    out = []
    for f in reversed(factors):
        slope = slope + f
        out.append(slope)
    return out
