# expect: Divide by 255 first
def normalise(pixels, mean=0.0, std=1.0):
    out = []
    for p in pixels:
        out.append((p - mean) / std)
    return out
