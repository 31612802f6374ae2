def one_hot(label, classes=10):
    """Return a list of `classes` zeros with a single 1 at position `label`."""
    # Your code here
