# expect: Off by one: places count from 0
def embed(ids, token_table, position_table):
    out = []
    for place in range(1, len(ids) + 1):
        row = token_table[ids[place - 1]]
        out.append([x + y for x, y in zip(row, position_table[place])])
    return out
