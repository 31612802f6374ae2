# expect: Keep one score per word
def scores(query, vectors):
    total = 0
    for v in vectors:
        for i in range(len(query)):
            total = total + query[i] * v[i]
    return total
