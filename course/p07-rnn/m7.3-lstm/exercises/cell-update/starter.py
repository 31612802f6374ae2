def lstm_cell_update(c, f, i, g):
    """Return the new cell state: keep f × c of the old one and write i × g of the candidate."""
    # Your code here
