def merge(tokens, pair, new_id):
    """Return a new list with every (a, b) = pair replaced by new_id, from left to right."""
    # Your code here
