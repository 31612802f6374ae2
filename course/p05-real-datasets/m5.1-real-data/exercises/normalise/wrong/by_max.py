# expect: brightest pixel in this list
def normalise(pixels, mean=0.0, std=1.0):
    top = max(pixels) if pixels else 1
    out = []
    for p in pixels:
        out.append((p / top - mean) / std)
    return out
