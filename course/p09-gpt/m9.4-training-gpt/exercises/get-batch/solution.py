def get_batch(ids, block, starts):
    """Return (inputs, targets): one window of `block` ids per start, and the same moved one place."""
    inputs = []  # one row of inputs per window
    targets = []  # one row of targets per window
    for s in starts:  # each window begins at its own start
        inputs.append(list(ids[s:s + block]))  # the block ids the model reads
        targets.append(list(ids[s + 1:s + block + 1]))  # the next id after each of them
    return inputs, targets
