def gpt_param_count(V, C, n_layer, T):
    """How many numbers a GPT learns.

    V tokens in the vocabulary, C numbers per token, n_layer blocks, T places.
    Parts: token table, position table, the blocks, the final layer norm, and a head
    with its own C × V weights (no bias).
    """
    token_table = V * C  # one row of C numbers per token
    position_table = T * C  # one row of C numbers per place
    one_block = 12 * C * C + 13 * C  # attention, feed-forward and two norms
    blocks = n_layer * one_block  # every block has its own numbers
    final_norm = 2 * C  # a γ and a β for each of the C numbers
    head = C * V  # one row of C weights per token
    return token_table + position_table + blocks + final_norm + head
