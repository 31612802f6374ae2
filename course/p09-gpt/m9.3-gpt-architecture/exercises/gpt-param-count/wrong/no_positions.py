# expect: The position table is missing
def gpt_param_count(V, C, n_layer, T):
    return V * C + n_layer * (12 * C * C + 13 * C) + 2 * C + C * V
