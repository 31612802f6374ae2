def lookup(table, ids):
    """Return the row of the table for each token id, in the same order as ids."""
    # Your code here
