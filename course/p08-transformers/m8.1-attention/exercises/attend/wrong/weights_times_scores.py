# expect: You multiplied each weight by its score
import math


def attend(query, vectors):
    scores = [sum(q * x for q, x in zip(query, v)) for v in vectors]
    powers = [math.exp(s) for s in scores]
    weights = [p / sum(powers) for p in powers]
    return [w * s for w, s in zip(weights, scores)]
