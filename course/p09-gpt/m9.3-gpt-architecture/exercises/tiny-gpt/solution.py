import math

# These helpers are given and already work. Your job is gpt_forward at the bottom.


def add(u, v):
    """Two vectors added number by number."""
    return [a + b for a, b in zip(u, v)]


def layer_norm(x, eps=1e-5):
    """One place's vector: subtract its mean, divide by its standard deviation."""
    mean = sum(x) / len(x)
    variance = sum((v - mean) ** 2 for v in x) / len(x)
    return [(v - mean) / math.sqrt(variance + eps) for v in x]


def times(rows, x):
    """A matrix (one row per output number) times a vector."""
    return [sum(w * v for w, v in zip(row, x)) for row in rows]


def block(X, p):
    """One pre-norm transformer block (one head, causal) on a list of vectors X."""
    N = [layer_norm(x) for x in X]
    qs, ks, vs = ([times(p[w], x) for x in N] for w in ("Wq", "Wk", "Wv"))
    mixed = []
    for t, q in enumerate(qs):  # place t looks back at places 0 to t
        scores = [sum(a * b for a, b in zip(q, k)) / math.sqrt(len(q)) for k in ks[: t + 1]]
        ups = [math.exp(s - max(scores)) for s in scores]
        weights = [u / sum(ups) for u in ups]
        mixed.append([sum(w * v[j] for w, v in zip(weights, vs)) for j in range(len(q))])
    X = [add(x, m) for x, m in zip(X, mixed)]  # residual around attention
    out = []
    for x in X:  # feed-forward, one place at a time, with its residual
        hidden = [max(0.0, z) for z in times(p["W1"], layer_norm(x))]
        out.append(add(x, times(p["W2"], hidden)))
    return out


def softmax(scores):
    """Scores -> chances that add up to 1."""
    ups = [math.exp(s - max(scores)) for s in scores]
    return [u / sum(ups) for u in ups]


def gpt_forward(ids, params):
    """A whole tiny GPT: token ids -> the chances for the next token (one per vocabulary token).

    params["tokens"]: the token table (one row per token).
    params["positions"]: the position table (one row per place).
    params["blocks"]: a list of block weights, each for `block`.
    params["head"]: the head's weights (one row per token, no bias).
    """
    X = [add(params["tokens"][i], params["positions"][t]) for t, i in enumerate(ids)]  # 1. look up
    for p in params["blocks"]:  # 2. every block in turn; the shape stays the same
        X = block(X, p)
    last = layer_norm(X[-1])  # 3. the final layer norm, on the last place
    logits = times(params["head"], last)  # 4. the head: one logit per token
    return softmax(logits)  # 5. the chances for the next token
