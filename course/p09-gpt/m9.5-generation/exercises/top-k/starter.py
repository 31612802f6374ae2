def top_k(chances, k):
    """Keep the k biggest chances, set the rest to 0, make the kept ones add up to 1."""
    # Your code here
