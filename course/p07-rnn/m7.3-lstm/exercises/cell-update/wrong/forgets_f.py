# expect: The forget gate is missing
def lstm_cell_update(c, f, i, g):
    return c + i * g
