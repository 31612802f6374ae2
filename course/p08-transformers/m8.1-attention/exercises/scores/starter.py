def scores(query, vectors):
    """Return one attention score per vector: the dot product of query with that vector."""
    # Your code here
