import math  # math.exp, math.sqrt and -math.inf


def dot(a, b):
    """Multiply the pairs and add them up."""
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total


def project(x, W):
    """A matrix times a vector: each row of W dotted with x."""
    return [dot(row, x) for row in W]


def softmax(row):
    """e to each score, divided by their total; e^(−infinity) is 0."""
    powers = [math.exp(s) for s in row]
    total = sum(powers)
    return [p / total for p in powers]


def self_attention(X, Wq, Wk, Wv, causal):
    """Return each word's output: the weighted sum of the values, weights from scaled q · k."""
    Q = [project(x, Wq) for x in X]  # what each word looks for
    K = [project(x, Wk) for x in X]  # how each word is found
    V = [project(x, Wv) for x in X]  # what each word gives
    root = math.sqrt(len(K[0]))  # √d
    outputs = []
    for i in range(len(X)):  # word i looks
        row = []
        for j in range(len(X)):  # at word j
            if causal and j > i:
                row.append(-math.inf)  # a later word: hidden
            else:
                row.append(dot(Q[i], K[j]) / root)  # the scaled score
        weights = softmax(row)  # the row adds up to 1
        out = [0] * len(V[0])
        for j in range(len(X)):  # add up weight × value
            for c in range(len(V[0])):
                out[c] = out[c] + weights[j] * V[j][c]
        outputs.append(out)
    return outputs
