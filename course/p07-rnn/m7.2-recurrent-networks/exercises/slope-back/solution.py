def slope_back(factors):
    """Return the slope 1, 2, ... steps back from the end: running products from the last factor."""
    slope = 1.0  # nothing multiplied yet
    out = []  # the slope after each step back
    for f in reversed(factors):  # the slope travels backwards, from the last step
        slope = slope * f  # one more step back: one more factor
        out.append(slope)  # how much credit reaches this far back
    return out
