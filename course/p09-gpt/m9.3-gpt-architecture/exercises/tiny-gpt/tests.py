import numpy as np

from fromzero.grading import Mistake, Probe

# A tiny GPT: 4 tokens, 3 numbers per token, 5 places, 2 blocks of one head each.
_B1 = {"Wq": [[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]], "Wk": [[1, 0.5, 0], [0, 1, 0.5], [0, 0, 1]],
       "Wv": [[0.5, 0, 0], [0, -0.5, 0.5], [1, 0, 0]],
       "W1": [[1, 0, 0], [0, 1, 0], [0, 0, 1], [-1, 0, 0], [0, -1, 0], [0.5, 0.5, 0.5]],
       "W2": [[0.5, 0, 0, -0.5, 0, 0.25], [0, 0.5, 0, 0, -0.5, 0.25], [0, 0, 0.5, 0, 0, -1]]}
_B2 = {"Wq": [[0, 1, 0], [1, 0, 0], [0, 0, -1]], "Wk": [[1, 0, 0], [0, 0, 1], [0, 1, 0]],
       "Wv": [[0, 0, 1], [1, 0, 0], [0, 1, 0]],
       "W1": [[0.5, -1, 0], [1, 1, 1], [0, 0.5, -0.5], [-1, 0, 1]],
       "W2": [[1, 0, -1, 0.5], [0, 1, 0, -1], [0.5, 0.5, 0, 0]]}
PARAMS = {
    "tokens": [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0.5, 0.5, -1]],
    "positions": [[0, 0, 0], [0.5, 0, 0], [0, 0.5, 0], [0, 0, 0.5], [-0.5, 0, 0]],
    "blocks": [_B1, _B2],
    "head": [[1, 0.5, 0], [0, 1, -1], [-1, 0, 1], [0.5, -0.5, 0.5]],
}


def _norm(X):
    X = np.asarray(X, dtype=float)  # (T, C)
    mean = X.mean(axis=-1, keepdims=True)
    return (X - mean) / np.sqrt(((X - mean) ** 2).mean(axis=-1, keepdims=True) + 1e-5)


def _block(X, p):
    X = np.asarray(X, dtype=float)  # (T, C)
    T, C = X.shape
    N = _norm(X)
    q, k, v = (N @ np.asarray(p[w], float).T for w in ("Wq", "Wk", "Wv"))  # (T, C) each
    s = q @ k.T / np.sqrt(C)  # (T, T)
    s[np.triu(np.ones((T, T), dtype=bool), k=1)] = -np.inf  # no looking ahead
    w = np.exp(s - s.max(axis=1, keepdims=True))
    X = X + (w / w.sum(axis=1, keepdims=True)) @ v
    h = np.maximum(0.0, _norm(X) @ np.asarray(p["W1"], float).T)
    return X + h @ np.asarray(p["W2"], float).T


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _gpt(ids, params, how="right"):
    tok = np.asarray(params["tokens"], float)[list(ids)]  # (T, C)
    pos = np.asarray(params["positions"], float)[: len(ids)]  # (T, C)
    X = tok if how == "no-positions" else tok + pos
    for p in params["blocks"]:
        X = _block(X, p)
    last = X[0] if how == "first" else X[-1]
    if how != "no-final-norm":
        last = _norm(last[None, :])[0]
    logits = np.asarray(params["head"], float) @ last  # (V,)
    return (logits if how == "logits" else _softmax(logits)).tolist()


def _random(rng):
    return ([rng.randint(0, 3) for _ in range(rng.randint(2, 5))], PARAMS)


def _chances(got):
    if not isinstance(got, list) or len(got) != len(PARAMS["head"]):
        return f"gpt_forward should return a list of {len(PARAMS['head'])} chances, one per token."
    if any(not isinstance(p, (int, float)) for p in got) or abs(sum(got) - 1) > 1e-6:
        return "These are logits, not chances: they should add up to 1. Use softmax at the end."
    return None


PROBES = [
    Probe(task=1, call="gpt_forward", args=([0, 2, 1], PARAMS), name="one chance per token",
          check=_chances),
    Probe(task=1, call="gpt_forward", args=([0, 2, 1], PARAMS), name="three tokens",
          expect=_gpt([0, 2, 1], PARAMS)),
    Probe(task=1, call="gpt_forward", args=([3, 1, 1, 0, 2], PARAMS), name="all five places"),
    Probe(task=1, call="gpt_forward", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda ids, p: _gpt(ids, p, "no-positions"),
            say="The position table is missing: add row t of params['positions'] to the token "
                "at place t, or the model cannot tell the order."),
    Mistake(task=1, when=lambda ids, p: _gpt(ids, p, "no-final-norm"),
            say="The final layer norm is missing: use layer_norm on the last vector before the "
                "head."),
    Mistake(task=1, when=lambda ids, p: _gpt(ids, p, "first"),
            say="You used the first place. The guess for the next token comes from the LAST "
                "place, the one that has seen the whole prompt: X[-1]."),
]
TOLERANCE = 1e-6
