def add_positions(embeddings, positions):
    """Add to each word's vector the position vector of its place (row t for word t)."""
    # Your code here
