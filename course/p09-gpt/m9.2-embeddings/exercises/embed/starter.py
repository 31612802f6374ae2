def embed(ids, token_table, position_table):
    """Return, for each place, the token's row plus the row of its place."""
    # Your code here
