def dot(a, b):
    """Return the dot product of two vectors of the same length."""
    total = 0  # the running total, set once before the loop
    for i in range(len(a)):  # every position: 0, 1, 2, ...
        total = total + a[i] * b[i]  # add this pair's product
    return total  # after the loop: one number


def bill(counts, prices):
    """Each count times its price, all added up, is a dot product."""
    return dot(counts, prices)
