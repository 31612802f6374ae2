def split_heads(vector, n_heads):
    """Cut vector into n_heads equal pieces, in order; return the list of pieces."""
    size = len(vector) // n_heads  # the head size: each head gets this many numbers
    pieces = []  # one piece per head
    for h in range(n_heads):  # head 0, head 1, ...
        pieces.append(vector[h * size:(h + 1) * size])  # the next `size` numbers
    return pieces
