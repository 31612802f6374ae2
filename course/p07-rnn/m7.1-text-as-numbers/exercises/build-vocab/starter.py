def build_vocab(text):
    """Return a dictionary from each different character of text to its id (sorted, from 0)."""
    # Your code here
