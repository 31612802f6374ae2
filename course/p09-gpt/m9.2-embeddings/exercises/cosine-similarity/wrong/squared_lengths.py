# expect: You divided by the squared lengths
def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (sum(x * x for x in a) * sum(y * y for y in b))
