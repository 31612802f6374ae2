import math


def nearest(table, vocab, ch, k):
    """Return the k other characters whose rows are most alike to ch's row (cosine similarity)."""
    # Your code here
