def most_likely_next(counts, char):
    """Return the most likely character after char (ties: the first in sorted order)."""
    # Your code here


def generate(counts, start, n):
    """Start with start, then add n characters, each the most likely after the last one."""
    # Your code here
