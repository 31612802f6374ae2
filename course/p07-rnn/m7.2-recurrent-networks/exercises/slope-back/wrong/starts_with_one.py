# expect: one number too many
def slope_back(factors):
    slope = 1.0
    out = [slope]
    for f in reversed(factors):
        slope = slope * f
        out.append(slope)
    return out
