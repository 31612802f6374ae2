def bigram_counts(text):
    """Return counts[a][b]: how often character b comes right after character a in text."""
    # Your code here
