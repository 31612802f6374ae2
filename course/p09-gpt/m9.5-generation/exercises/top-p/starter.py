def top_p(chances, p):
    """Keep the fewest biggest chances that add up to at least p; make them add up to 1."""
    # Your code here
