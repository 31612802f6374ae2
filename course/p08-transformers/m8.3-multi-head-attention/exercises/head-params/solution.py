def head_params(d_model, n_heads):
    """How many numbers a multi-head attention layer of width d_model learns."""
    size = d_model // n_heads  # the head size
    one_kind = n_heads * d_model * size  # W_q for all heads: n_heads slices of size × d_model
    weights = 4 * one_kind  # W_q, W_k, W_v, and W_o (also d_model × d_model)
    biases = 4 * d_model  # one bias per query, key, value and output number
    return weights + biases  # the same as 4 × d × d + 4 × d, whatever n_heads is
