def dropout(values, mask, rate):
    """Return a new list: 0 where mask[i] is 0, values[i] / (1 - rate) where mask[i] is 1."""
    # Your code here
