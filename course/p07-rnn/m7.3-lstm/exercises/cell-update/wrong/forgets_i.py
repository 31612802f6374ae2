# expect: The input gate is missing
def lstm_cell_update(c, f, i, g):
    return f * c + g
