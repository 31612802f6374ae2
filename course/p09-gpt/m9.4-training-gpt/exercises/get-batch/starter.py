def get_batch(ids, block, starts):
    """Return (inputs, targets): one window of `block` ids per start, and the same moved one place."""
    # Your code here
