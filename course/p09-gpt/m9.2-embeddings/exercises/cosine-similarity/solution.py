import math


def cosine_similarity(a, b):
    """Return the dot product of a and b, divided by the length of a times the length of b."""
    dot = 0.0  # running total for the dot product
    for i in range(len(a)):  # every position
        dot = dot + a[i] * b[i]  # multiply the pair, add it on
    length_a = math.sqrt(sum(x * x for x in a))  # square, add up, square root
    length_b = math.sqrt(sum(x * x for x in b))  # the same for b
    return dot / (length_a * length_b)  # divide by both lengths
