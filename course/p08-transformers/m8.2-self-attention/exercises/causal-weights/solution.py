import math  # math.exp(x) is e to the power x; -math.inf is minus infinity


def causal_weights(scores):
    """Mask every score above the diagonal with minus infinity, then softmax each row."""
    weights = []
    for i in range(len(scores)):  # row i: the word that looks
        row = []
        for j in range(len(scores[i])):  # column j: the word it looks at
            if j > i:  # a later word: not allowed
                row.append(-math.inf)
            else:
                row.append(scores[i][j])
        powers = [math.exp(s) for s in row]  # e^(−infinity) is exactly 0
        total = sum(powers)
        weights.append([p / total for p in powers])  # the row adds up to 1
    return weights
