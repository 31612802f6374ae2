import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

X = [[1, 0], [0, 1], [1, 1]]  # the lesson's words: "the", "cat", "sat"
WQ = [[1, 1], [0, 1]]
WK = [[1, 0], [1, 1]]
WV = [[2, 0], [0, 1]]
LESSON = {"embeddings": X, "w_q": WQ, "w_k": WK, "w_v": WV}


def _anchor(causal):
    """The lesson's outputs, read off the worked self_attention example."""
    return [[final_value("self_attention", {**LESSON, "causal": causal, "show": "output",
                                            "row": r, "col": c}) for c in (1, 2)]
            for r in (1, 2, 3)]


def _matches(want, what):
    def check(got):
        if not isinstance(got, list) or len(got) != len(want):
            return (f"self_attention should return a list with one output per word: "
                    f"{len(want)} lists for {len(want)} words.")
        for i, (g, w) in enumerate(zip(got, want)):
            if not isinstance(g, list) or len(g) != len(w):
                return f"The output of word {i} should be a list of {len(w)} numbers, like a value."
            if any(abs(a - b) > 1e-6 for a, b in zip(g, w)):
                shown = ", ".join(f"{b:.4f}" for b in w)
                return f"For {what}, the output of word {i} should be [{shown}]."
        return None

    return check


def _run(X, Wq, Wk, Wv, causal, scale=True, use_keys=False, flip=False):
    """The reference, with switches that make the typical mistakes."""
    def proj(x, W):
        if flip:  # columns instead of rows
            return [sum(W[r][c] * x[r] for r in range(len(W))) for c in range(len(W[0]))]
        return [sum(a * b for a, b in zip(row, x)) for row in W]

    Q = [proj(x, Wq) for x in X]
    K = [proj(x, Wk) for x in X]
    V = K if use_keys else [proj(x, Wv) for x in X]
    root = math.sqrt(len(K[0])) if scale else 1
    out = []
    for i in range(len(X)):
        row = [-math.inf if causal and j > i else sum(a * b for a, b in zip(Q[i], K[j])) / root
               for j in range(len(X))]
        powers = [math.exp(s) for s in row]
        w = [p / sum(powers) for p in powers]
        out.append([sum(w[j] * V[j][c] for j in range(len(X))) for c in range(len(V[0]))])
    return out


def _random(rng):
    t = rng.randint(2, 4)
    n = rng.choice([2, 3])

    def m():
        return [[round(rng.uniform(-1.5, 1.5), 1) for _ in range(n)] for _ in range(n)]

    X = [[round(rng.uniform(-2, 2), 1) for _ in range(n)] for _ in range(t)]
    return (X, m(), m(), m(), rng.random() < 0.5)


PROBES = [
    Probe(task=1, call="self_attention", args=(X, WQ, WK, WV, False),
          name="the lesson's words, no mask", expect=_anchor(False)),
    Probe(task=1, call="self_attention", args=(X, WQ, WK, WV, True),
          name="the lesson's words, with the causal mask", expect=_anchor(True)),
    Probe(task=1, call="self_attention", args=(X, WQ, WK, WV, True),
          check=_matches(_anchor(True), "the lesson's words with the mask")),
    Probe(task=1, call="self_attention",
          args=([[1, 2, 0], [0, 1, -1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
                [[0.5, 0, 1], [1, 1, 0], [0, -1, 0.5]], [[1, 1, 1], [0, 2, 0], [-1, 0, 1]], False),
          name="two words with 3 numbers each"),
    Probe(task=1, call="self_attention", args=([[0.3, -0.7]], WQ, WK, WV, True),
          name="one word: its output is its own value"),
    Probe(task=1, call="self_attention", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda X, Wq, Wk, Wv, causal: _run(X, Wq, Wk, Wv, causal, scale=False),
            say="The scores were not divided by √d. Divide every score by the square root of "
                "the length of a key before the softmax."),
    Mistake(task=1, when=lambda X, Wq, Wk, Wv, causal: _run(X, Wq, Wk, Wv, False) if causal
            else None,
            say="causal was True, but later words were still seen. Set the scores above the "
                "diagonal to -math.inf before the softmax."),
    Mistake(task=1, when=lambda X, Wq, Wk, Wv, causal: _run(X, Wq, Wk, Wv, causal, use_keys=True),
            say="You mixed the keys. The keys only help to find a word; the output mixes the "
                "values, made with Wv."),
    Mistake(task=1, when=lambda X, Wq, Wk, Wv, causal: _run(X, Wq, Wk, Wv, causal, flip=True),
            say="Your queries, keys and values used the columns of each matrix. Use its rows: "
                "row 1 of Wq dotted with the embedding is the first number of the query."),
]
TOLERANCE = 1e-6
