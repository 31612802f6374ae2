# expect: Only the first number of each vector counts
def scores(query, vectors):
    return [query[0] * v[0] for v in vectors]
