def head(hidden, W, b):
    """The language model head: one logit per token, W · hidden + b.

    hidden: the last place's vector (C numbers).
    W: one row per token, each row with C weights.  b: one bias per token.
    Return a list of logits, one per token (not chances).
    """
    # Your code here
