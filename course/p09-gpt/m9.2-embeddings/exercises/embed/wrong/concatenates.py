# expect: do not join the lists
def embed(ids, token_table, position_table):
    out = []
    for place in range(len(ids)):
        out.append(token_table[ids[place]] + position_table[place])
    return out
