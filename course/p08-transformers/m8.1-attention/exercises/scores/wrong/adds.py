# expect: You added the numbers up instead of multiplying
def scores(query, vectors):
    result = []
    for v in vectors:
        total = 0
        for i in range(len(query)):
            total = total + query[i] + v[i]
        result.append(total)
    return result
