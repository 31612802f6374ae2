def make_pairs(text, block):
    """Return (inputs, targets): the first `block` characters, and the same window moved one place."""
    # Your code here
