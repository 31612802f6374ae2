def scores(query, vectors):
    """Return one attention score per vector: the dot product of query with that vector."""
    result = []  # one score per word
    for v in vectors:  # every word's vector
        total = 0  # a running total for the dot product
        for i in range(len(query)):  # every position
            total = total + query[i] * v[i]  # multiply the numbers at this position, add up
        result.append(total)  # the finished score of this word
    return result
