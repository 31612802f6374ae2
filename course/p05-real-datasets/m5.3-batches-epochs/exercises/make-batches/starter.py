def make_batches(items, batch_size):
    """Return the items cut into batches of batch_size, in order; the last may be smaller.

    make_batches([1, 2, 3, 4, 5], 2) -> [[1, 2], [3, 4], [5]]
    """
    # Your code here
