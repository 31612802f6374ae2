import numpy as np

from fromzero.grading import Mistake, Probe

# A tiny block: 3 numbers per token, one attention head, feed-forward 3 -> 6 -> 3.
PARAMS = {
    "Wq": [[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]],
    "Wk": [[1, 0.5, 0], [0, 1, 0.5], [0, 0, 1]],
    "Wv": [[0.5, 0, 0], [0, -0.5, 0.5], [1, 0, 0]],
    "W1": [[1, 0, 0], [0, 1, 0], [0, 0, 1], [-1, 0, 0], [0, -1, 0], [0.5, 0.5, 0.5]],
    "b1": [0, 0.1, 0, 0, 0.1, -0.5],
    "W2": [[0.5, 0, 0, -0.5, 0, 0.25], [0, 0.5, 0, 0, -0.5, 0.25], [0, 0, 0.5, 0, 0, -1]],
    "b2": [0.1, 0, -0.1],
}
X3 = [[2, 4, 6], [1, 0, -1], [0.5, 0.5, 3]]


def _norm(X):
    X = np.asarray(X, dtype=float)  # (T, d)
    mean = X.mean(axis=1, keepdims=True)  # (T, 1)
    var = ((X - mean) ** 2).mean(axis=1, keepdims=True)  # (T, 1) divide by d, not d - 1
    return (X - mean) / np.sqrt(var + 1e-5)  # (T, d)


def _attention(X, p):
    X = np.asarray(X, dtype=float)  # (T, d)
    T, d = X.shape
    q = X @ np.asarray(p["Wq"], float).T  # (T, d)
    k = X @ np.asarray(p["Wk"], float).T  # (T, d)
    v = X @ np.asarray(p["Wv"], float).T  # (T, d)
    scores = q @ k.T / np.sqrt(d)  # (T, T)
    scores[np.triu(np.ones((T, T), dtype=bool), k=1)] = -np.inf  # no looking ahead
    w = np.exp(scores - scores.max(axis=1, keepdims=True))  # (T, T)
    w = w / w.sum(axis=1, keepdims=True)  # rows add up to 1
    return w @ v  # (T, d)


def _ff(X, p):
    X = np.asarray(X, dtype=float)  # (T, d)
    h = np.maximum(0.0, X @ np.asarray(p["W1"], float).T + np.asarray(p["b1"], float))
    return h @ np.asarray(p["W2"], float).T + np.asarray(p["b2"], float)  # (T, d)


def _block(X, p, how="pre"):
    X = np.asarray(X, dtype=float)  # (T, d)
    if how == "pre":
        X = X + _attention(_norm(X), p)
        return (X + _ff(_norm(X), p)).tolist()
    if how == "post":  # the 2017 paper: norm after each add
        X = _norm(X + _attention(X, p))
        return _norm(X + _ff(X, p)).tolist()
    if how == "no-residual":
        X = _attention(_norm(X), p)
        return _ff(_norm(X), p).tolist()
    if how == "no-second-residual":
        X = X + _attention(_norm(X), p)
        return _ff(_norm(X), p).tolist()
    if how == "no-second-norm":
        X = X + _attention(_norm(X), p)
        return (X + _ff(X, p)).tolist()
    if how == "no-first-norm":
        X = X + _attention(X, p)
        return (X + _ff(_norm(X), p)).tolist()
    if how == "add-the-norm":  # keeps the normalised x on the shortcut instead of x
        N = _norm(X)
        X = N + _attention(N, p)
        N = _norm(X)
        return (N + _ff(N, p)).tolist()
    raise ValueError(how)


def _random(rng):
    T = rng.randint(2, 4)
    return ([[round(rng.uniform(-3, 3), 1) for _ in range(3)] for _ in range(T)], PARAMS)


def _shape(X):
    def check(got):
        if not isinstance(got, list) or not all(isinstance(r, list) for r in got):
            return "transformer_block should return a list of vectors, one per token."
        if len(got) != len(X) or any(len(r) != len(X[0]) for r in got):
            return (f"A block keeps the shape: {len(X)} tokens in, {len(X)} tokens out, each "
                    f"with {len(X[0])} numbers.")
        return None

    return check


PROBES = [
    Probe(task=1, call="transformer_block", args=(X3, PARAMS), name="the shape stays the same",
          check=_shape(X3)),
    Probe(task=1, call="transformer_block", args=(X3, PARAMS), name="three tokens, pre-norm",
          expect=_block(X3, PARAMS)),
    Probe(task=1, call="transformer_block", args=([[1, -1, 0]], PARAMS), name="one token"),
    Probe(task=1, call="transformer_block", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda X, p: _block(X, p, "post"),
            say="This is post-norm, the 2017 order: norm after each add. Here we want pre-norm, "
                "like GPT-2: normalise first, run the sub-layer, then add to the unnormalised x."),
    Mistake(task=1, when=lambda X, p: _block(X, p, "no-residual"),
            say="There is no residual add: the block returns only what the sub-layers made, so "
                "the input is lost. Add attention's output to x, and the feed-forward's output "
                "to that."),
    Mistake(task=1, when=lambda X, p: _block(X, p, "no-second-residual"),
            say="The second residual add is missing: after the feed-forward layer, add its "
                "output to x again."),
    Mistake(task=1, when=lambda X, p: _block(X, p, "no-second-norm"),
            say="The feed-forward layer got x without a norm. In pre-norm, both sub-layers see "
                "layer_norm(x)."),
    Mistake(task=1, when=lambda X, p: _block(X, p, "no-first-norm"),
            say="Attention got x without a norm. In pre-norm, normalise each token before "
                "attention too."),
    Mistake(task=1, when=lambda X, p: _block(X, p, "add-the-norm"),
            say="You added the normalised x on the shortcut. The residual keeps the original x: "
                "x + attention(layer_norm(x)), not layer_norm(x) + ..."),
]
TOLERANCE = 1e-6
