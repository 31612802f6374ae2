# expect: You multiplied the three gates together
def lstm_cell_update(c, f, i, g):
    return f * i * g
