# expect: Mind the brackets
def normalise(pixels, mean=0.0, std=1.0):
    out = []
    for p in pixels:
        out.append(p / 255 - mean / std)
    return out
