# expect: You returned one number
def slope_back(factors):
    slope = 1.0
    for f in factors:
        slope = slope * f
    return slope
