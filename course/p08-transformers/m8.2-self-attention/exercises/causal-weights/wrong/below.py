# expect: You masked the cells below the diagonal
import math


def causal_weights(scores):
    weights = []
    for i in range(len(scores)):
        row = [scores[i][j] if j >= i else -math.inf for j in range(len(scores[i]))]
        powers = [math.exp(s) for s in row]
        weights.append([p / sum(powers) for p in powers])
    return weights
