def count_pairs(tokens):
    """Return {(a, b): how often b comes right after a} for the list of ids `tokens`."""
    # Your code here
