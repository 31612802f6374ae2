# expect: Nothing was masked
import math


def causal_weights(scores):
    weights = []
    for row in scores:
        powers = [math.exp(s) for s in row]
        weights.append([p / sum(powers) for p in powers])
    return weights
