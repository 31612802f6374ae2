def head_params(d_model, n_heads):
    """How many numbers a multi-head attention layer of width d_model learns."""
    # Your code here
