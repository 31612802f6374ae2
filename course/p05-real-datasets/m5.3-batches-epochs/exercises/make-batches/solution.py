def make_batches(items, batch_size):
    """Return the items cut into batches of batch_size, in order; the last may be smaller.

    make_batches([1, 2, 3, 4, 5], 2) -> [[1, 2], [3, 4], [5]]
    """
    batches = []  # the batches, in order
    for start in range(0, len(items), batch_size):  # 0, batch_size, 2 * batch_size, ...
        batches.append(items[start:start + batch_size])  # the next batch_size items (or fewer)
    return batches
