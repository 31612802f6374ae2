import math  # math.exp(x) is e to the power x


def attend(query, vectors):
    """Return the output of attention: the vectors mixed by the softmax of their scores."""
    scores = []  # step 1: one dot product per word
    for v in vectors:
        scores.append(sum(q * x for q, x in zip(query, v)))
    powers = [math.exp(s) for s in scores]  # step 2: softmax
    total = sum(powers)
    weights = [p / total for p in powers]
    output = []  # step 3: the weighted average, one position at a time
    for i in range(len(query)):
        value = 0
        for k in range(len(vectors)):
            value = value + weights[k] * vectors[k][i]
        output.append(value)
    return output
