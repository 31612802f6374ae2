# expect: That is only the dot product
def cosine_similarity(a, b):
    return sum(x * y for x, y in zip(a, b))
