# expect: You divided by the length of a only
import math


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / math.sqrt(sum(x * x for x in a))
