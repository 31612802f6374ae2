# expect: not the biases
def head_params(d_model, n_heads):
    return 4 * d_model * d_model
