# expect: You mixed the vectors with the raw scores
def attend(query, vectors):
    scores = [sum(q * x for q, x in zip(query, v)) for v in vectors]
    output = []
    for i in range(len(query)):
        output.append(sum(scores[k] * vectors[k][i] for k in range(len(vectors))))
    return output
