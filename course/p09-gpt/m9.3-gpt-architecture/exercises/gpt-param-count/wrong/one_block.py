# expect: You counted only one block
def gpt_param_count(V, C, n_layer, T):
    return V * C + T * C + (12 * C * C + 13 * C) + 2 * C + C * V
