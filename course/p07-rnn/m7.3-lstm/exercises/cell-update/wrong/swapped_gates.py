# expect: The gates are swapped
def lstm_cell_update(c, f, i, g):
    return i * c + f * g
