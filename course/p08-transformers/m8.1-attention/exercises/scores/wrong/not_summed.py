# expect: never added them up
def scores(query, vectors):
    result = []
    for v in vectors:
        products = [query[i] * v[i] for i in range(len(query))]
        result.append(products)
    return result
