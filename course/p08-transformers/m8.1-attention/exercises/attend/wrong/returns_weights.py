# expect: You returned the attention weights
import math


def attend(query, vectors):
    scores = [sum(q * x for q, x in zip(query, v)) for v in vectors]
    powers = [math.exp(s) for s in scores]
    total = sum(powers)
    return [p / total for p in powers]
