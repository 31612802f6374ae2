import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

# The lesson's three words: their queries and keys (from the worked qkv example).
LESSON = {"embeddings": [[1, 0], [0, 1], [1, 1]], "w_q": [[1, 1], [0, 1]],
          "w_k": [[1, 0], [1, 1]], "w_v": [[2, 0], [0, 1]]}
Q = [[1, 0], [1, 1], [2, 1]]
K = [[1, 1], [0, 1], [1, 2]]


def _anchor(scale):
    """The lesson's score table, read off the worked self_attention example."""
    return [[final_value("self_attention", {**LESSON, "scale": scale, "show": "score",
                                            "row": r, "col": c}) for c in (1, 2, 3)]
            for r in (1, 2, 3)]


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def _table(Q, K, divide):
    return [[_dot(q, k) / divide for k in K] for q in Q]


def _random(rng):
    d = rng.choice([2, 3, 4])
    t = rng.randint(2, 4)
    Q = [[round(rng.uniform(-2, 2), 1) for _ in range(d)] for _ in range(t)]
    K = [[round(rng.uniform(-2, 2), 1) for _ in range(d)] for _ in range(t)]
    return (Q, K, True)


PROBES = [
    Probe(task=1, call="score_table", args=(Q, K, False), name="the lesson's table, not scaled",
          expect=_anchor(False)),
    Probe(task=1, call="score_table", args=(Q, K, True), name="the lesson's table, scaled",
          expect=_anchor(True)),
    Probe(task=1, call="score_table", args=([[1, 2, 3, 4]], [[1, 1, 1, 1], [0, 2, 0, -1]], True),
          name="one query, two keys of 4 numbers"),
    Probe(task=1, call="score_table",
          args=([[0.5, -1], [2, 0]], [[1, 0.5], [-1, 3]], True)),
    Probe(task=1, call="score_table", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda Q, K, scale: _table(Q, K, 1) if scale else None,
            say="scale was True, but the scores were not divided. Divide each one by √d, "
                "the square root of the length of a key."),
    Mistake(task=1, when=lambda Q, K, scale: _table(Q, K, len(K[0])) if scale else None,
            say="You divided by d itself. Divide by the square root of d: math.sqrt(d)."),
    Mistake(task=1, when=lambda Q, K, scale: _table(Q, Q, math.sqrt(len(K[0])) if scale else 1),
            say="You dotted queries with queries. Each score is a query (from the row's word) "
                "dotted with a key (from the column's word): use K[j]."),
    Mistake(task=1, when=lambda Q, K, scale: _table(K, Q, math.sqrt(len(K[0])) if scale else 1),
            say="Rows and columns are swapped. Row i is word i asking: use the query Q[i] "
                "with the key K[j]."),
]
TOLERANCE = 1e-6
