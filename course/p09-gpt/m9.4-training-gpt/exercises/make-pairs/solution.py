def make_pairs(text, block):
    """Return (inputs, targets): the first `block` characters, and the same window moved one place."""
    inputs = text[:block]  # positions 0 to block - 1: what the model reads
    targets = text[1:block + 1]  # positions 1 to block: the next character of each input
    return inputs, targets
