# expect: used the columns of each matrix
import math


def self_attention(X, Wq, Wk, Wv, causal):
    def proj(x, W):
        return [sum(W[r][c] * x[r] for r in range(len(W))) for c in range(len(W[0]))]

    Q = [proj(x, Wq) for x in X]
    K = [proj(x, Wk) for x in X]
    V = [proj(x, Wv) for x in X]
    root = math.sqrt(len(K[0]))
    outputs = []
    for i in range(len(X)):
        row = [-math.inf if causal and j > i else sum(a * b for a, b in zip(Q[i], K[j])) / root
               for j in range(len(X))]
        powers = [math.exp(s) for s in row]
        w = [p / sum(powers) for p in powers]
        outputs.append([sum(w[j] * V[j][c] for j in range(len(X))) for c in range(len(V[0]))])
    return outputs
