import math  # math.exp(x) is e to the power x


def most_attended(words, vectors, word):
    """Return the other word that `word` pays the most attention to (its own position skipped)."""
    # Your code here
