def project(embedding, W):
    """Return W times the embedding: each row of W dotted with the embedding, as a list."""
    # Your code here
