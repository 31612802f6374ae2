def project(embedding, W):
    """Return W times the embedding: each row of W dotted with the embedding, as a list."""
    out = []  # one number per row of W
    for row in W:  # every row of the matrix
        total = 0  # this row's dot product, built up
        for i in range(len(embedding)):  # every position of the embedding
            total = total + row[i] * embedding[i]  # multiply the pair, add it on
        out.append(total)  # this row's answer
    return out
