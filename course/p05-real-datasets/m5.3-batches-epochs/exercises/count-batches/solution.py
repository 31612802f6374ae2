def count_batches(n, batch_size):
    """Return how many batches one epoch of n items has: the full ones, plus a smaller last one
    if some items are left over."""
    full = n // batch_size  # the full batches: divide, drop the part after the point
    left = n % batch_size  # the items that do not fill a whole batch
    if left > 0:
        full = full + 1  # they still make one more, smaller batch
    return full
