# expect: full-size matrices
def head_params(d_model, n_heads):
    return n_heads * (4 * d_model * d_model + 4 * d_model)
