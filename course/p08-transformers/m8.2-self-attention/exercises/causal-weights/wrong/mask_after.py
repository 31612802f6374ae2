# expect: rows no longer add up to 1
import math


def causal_weights(scores):
    weights = []
    for i in range(len(scores)):
        powers = [math.exp(s) for s in scores[i]]
        row = [p / sum(powers) for p in powers]
        weights.append([w if j <= i else 0 for j, w in enumerate(row)])
    return weights
