import math


def cosine_similarity(a, b):
    """Return the dot product of a and b, divided by the length of a times the length of b."""
    # Your code here
