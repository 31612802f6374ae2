def normalise(pixels, mean=0.0, std=1.0):
    """Return a new list: each pixel divided by 255, then minus mean, then divided by std."""
    out = []  # the normalised pixels
    for p in pixels:  # one pixel at a time
        v = p / 255  # 0..255 becomes 0..1
        out.append((v - mean) / std)  # centre it (does nothing when mean is 0 and std is 1)
    return out
