def dot(a, b):
    """The dot product: multiply in pairs, then add."""
    total = 0  # running total
    for i in range(len(a)):  # every position
        total = total + a[i] * b[i]  # add this pair's product
    return total


def length(v):
    """Return the length of the arrow v."""
    return dot(v, v) ** 0.5  # the power 0.5 is the square root


def alike(a, b):
    """Return how alike the directions of a and b are, from −1 to 1."""
    return dot(a, b) / (length(a) * length(b))  # brackets: multiply the lengths first
