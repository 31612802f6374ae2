def count_batches(n, batch_size):
    """Return how many batches one epoch of n items has: the full ones, plus a smaller last one
    if some items are left over."""
    # Your code here
