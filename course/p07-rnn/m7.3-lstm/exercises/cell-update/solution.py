def lstm_cell_update(c, f, i, g):
    """Return the new cell state: keep f × c of the old one and write i × g of the candidate."""
    keep = f * c  # the forget gate decides how much of the old memory stays
    write = i * g  # the input gate decides how much of the candidate goes in
    return keep + write  # the new cell state is the sum of both
