# expect: Go through the factors from the end
def slope_back(factors):
    slope = 1.0
    out = []
    for f in factors:
        slope = slope * f
        out.append(slope)
    return out
