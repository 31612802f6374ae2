def gpt_param_count(V, C, n_layer, T):
    """How many numbers a GPT learns.

    V tokens in the vocabulary, C numbers per token, n_layer blocks, T places.
    Parts: token table, position table, the blocks, the final layer norm, and a head
    with its own C × V weights (no bias).
    """
    # Your code here
