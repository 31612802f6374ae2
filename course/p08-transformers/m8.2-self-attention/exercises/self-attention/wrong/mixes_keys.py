# expect: You mixed the keys
import math


def self_attention(X, Wq, Wk, Wv, causal):
    def proj(x, W):
        return [sum(a * b for a, b in zip(row, x)) for row in W]

    Q = [proj(x, Wq) for x in X]
    K = [proj(x, Wk) for x in X]
    root = math.sqrt(len(K[0]))
    outputs = []
    for i in range(len(X)):
        row = [-math.inf if causal and j > i else sum(a * b for a, b in zip(Q[i], K[j])) / root
               for j in range(len(X))]
        powers = [math.exp(s) for s in row]
        w = [p / sum(powers) for p in powers]
        outputs.append([sum(w[j] * K[j][c] for j in range(len(X))) for c in range(len(K[0]))])
    return outputs
