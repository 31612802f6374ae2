def head(hidden, W, b):
    """The language model head: one logit per token, W · hidden + b.

    hidden: the last place's vector (C numbers).
    W: one row per token, each row with C weights.  b: one bias per token.
    Return a list of logits, one per token (not chances).
    """
    logits = []  # one score per token
    for row, bias in zip(W, b):  # each row of W belongs to one token
        total = 0.0  # the weighted sum starts at 0
        for w, h in zip(row, hidden):  # each weight meets its number
            total = total + w * h
        logits.append(total + bias)  # add this token's bias
    return logits
