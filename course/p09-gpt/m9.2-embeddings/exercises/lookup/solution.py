def lookup(table, ids):
    """Return the row of the table for each token id, in the same order as ids."""
    result = []  # one row per id
    for i in ids:  # every token id, in order
        result.append(table[i])  # row i of the table is the embedding of token i
    return result
