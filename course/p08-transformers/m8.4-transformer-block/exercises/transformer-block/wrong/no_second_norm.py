# expect: The feed-forward layer got x without a norm
import math

def add(u, v):
    """Two vectors added number by number: the residual add."""
    return [a + b for a, b in zip(u, v)]


def layer_norm(x, eps=1e-5):
    """One token's vector: subtract its mean, divide by its standard deviation."""
    mean = sum(x) / len(x)
    variance = sum((v - mean) ** 2 for v in x) / len(x)
    std = math.sqrt(variance + eps)
    return [(v - mean) / std for v in x]


def times(rows, x):
    """A matrix (one row per output number) times a vector."""
    return [sum(w * v for w, v in zip(row, x)) for row in rows]


def attention(X, params):
    """One head of causal self-attention: token t looks at tokens 0 to t."""
    d = len(X[0])
    qs = [times(params["Wq"], x) for x in X]  # a query per token
    ks = [times(params["Wk"], x) for x in X]  # a key per token
    vs = [times(params["Wv"], x) for x in X]  # a value per token
    out = []
    for t, q in enumerate(qs):
        scores = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d) for k in ks[: t + 1]]
        ups = [math.exp(s - max(scores)) for s in scores]
        weights = [u / sum(ups) for u in ups]  # softmax: they add up to 1
        out.append([sum(w * v[j] for w, v in zip(weights, vs)) for j in range(d)])
    return out


def feed_forward(x, params):
    """One token's vector: wider layer, ReLU, back to the same size."""
    hidden = [max(0.0, z + b) for z, b in zip(times(params["W1"], x), params["b1"])]
    return [z + b for z, b in zip(times(params["W2"], hidden), params["b2"])]


def transformer_block(X, params):
    looked = attention([layer_norm(x) for x in X], params)
    X = [add(x, a) for x, a in zip(X, looked)]
    return [add(x, feed_forward(x, params)) for x in X]
