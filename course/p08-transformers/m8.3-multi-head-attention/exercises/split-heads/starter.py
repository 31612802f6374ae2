def split_heads(vector, n_heads):
    """Cut vector into n_heads equal pieces, in order; return the list of pieces."""
    # Your code here
