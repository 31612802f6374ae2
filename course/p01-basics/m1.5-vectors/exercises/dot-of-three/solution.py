def dot3(a, b):
    """Return the dot product of two vectors of three numbers."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]  # multiply each pair, then add
