def embed(ids, token_table, position_table):
    """Return, for each place, the token's row plus the row of its place."""
    out = []  # one vector per token of the text
    for place in range(len(ids)):  # place 0 for the first token, 1 for the next ...
        row = token_table[ids[place]]  # what the token is: a lookup
        where = position_table[place]  # where it stands: a lookup too
        out.append([x + y for x, y in zip(row, where)])  # add number by number
    return out
