def concat(parts):
    """Glue the lists in parts end to end, in order, into one flat list."""
    # Your code here
