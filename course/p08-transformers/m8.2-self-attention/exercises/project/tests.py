from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

W_Q = [[1, 1], [0, 1]]  # the lesson's matrix for queries
W_V = [[2, 0], [0, 1]]  # the lesson's matrix for values


def _anchor(embedding, W):
    """Each number from the worked qkv example (W used as W_q, number r of q)."""
    inputs = {"embedding": embedding, "w_q": W, "w_k": W, "w_v": W, "show": "q"}
    return [final_value("qkv", {**inputs, "entry": r}) for r in range(1, len(W) + 1)]


def _columns(embedding, W):
    return [sum(W[r][c] * embedding[r] for r in range(len(W))) for c in range(len(W[0]))]


def _random(rng):
    n = rng.randint(2, 4)
    rows = rng.randint(2, 4)
    embedding = [round(rng.uniform(-3, 3), 1) for _ in range(n)]
    return (embedding, [[round(rng.uniform(-2, 2), 1) for _ in range(n)] for _ in range(rows)])


PROBES = [
    Probe(task=1, call="project", args=([1, 1], W_Q), name="the query of \"sat\"",
          expect=_anchor([1, 1], W_Q)),
    Probe(task=1, call="project", args=([1, 0], W_Q), expect=_anchor([1, 0], W_Q)),
    Probe(task=1, call="project", args=([0.5, -2], [[1, 3], [-2, 0.5]]),
          expect=_anchor([0.5, -2], [[1, 3], [-2, 0.5]])),
    Probe(task=1, call="project", args=([1, 2, 3], [[1, 0, 0], [0.5, 0.5, 0.5]]),
          name="a 2 by 3 matrix: 3 numbers in, 2 numbers out"),
    Probe(task=1, call="project", args=([0, 1], W_V)),
    Probe(task=1, call="project", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_columns,
            say="You used the columns of W. Use its rows: row 1 of W dotted with the embedding "
                "gives the first number, row 2 the second."),
    Mistake(task=1, when=lambda embedding, W: [row[0] * embedding[0] for row in W],
            say="Each number has only the first product. A dot product adds a product for "
                "every position: row[0] × embedding[0] + row[1] × embedding[1] + ..."),
    Mistake(task=1, when=lambda embedding, W: sum(row[i] * embedding[i] for row in W
                                                  for i in range(len(embedding))),
            say="You returned one number, all the rows added together. Return a list: one "
                "number per row of W."),
]
TOLERANCE = 1e-6
