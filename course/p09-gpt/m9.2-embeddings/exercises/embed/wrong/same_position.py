# expect: Every token got the row of place 0
def embed(ids, token_table, position_table):
    return [[x + y for x, y in zip(token_table[i], position_table[0])] for i in ids]
