# expect: You returned the word itself
import math


def most_attended(words, vectors, word):
    query = vectors[words.index(word)]
    scores = [sum(q * x for q, x in zip(query, v)) for v in vectors]
    powers = [math.exp(s) for s in scores]
    weights = [p / sum(powers) for p in powers]
    best = 0
    for k in range(len(words)):
        if weights[k] > weights[best]:
            best = k
    return words[best]
