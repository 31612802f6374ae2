def generate(next_chances, start, n, rng_values):
    """Start with start; n times, pick the next word by chance using rng_values; return all words."""
    # Your code here
