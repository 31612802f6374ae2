# expect: You left out W_o
def head_params(d_model, n_heads):
    return 3 * d_model * d_model + 3 * d_model
