# expect: the smallest weight
def most_attended(words, vectors, word):
    me = words.index(word)
    scores = [sum(q * x for q, x in zip(vectors[me], v)) for v in vectors]
    best = None
    for k in range(len(words)):
        if k != me and (best is None or scores[k] < scores[best]):
            best = k
    return words[best]
