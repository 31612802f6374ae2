import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

# The lesson's three words; with scale False their score table is [[1, 0, 1], [2, 1, 3], [3, 1, 4]].
LESSON = {"embeddings": [[1, 0], [0, 1], [1, 1]], "w_q": [[1, 1], [0, 1]],
          "w_k": [[1, 0], [1, 1]], "w_v": [[2, 0], [0, 1]], "scale": False, "causal": True}
SCORES = [[1, 0, 1], [2, 1, 3], [3, 1, 4]]


def _anchor():
    """The lesson's masked weights, read off the worked self_attention example."""
    return [[final_value("self_attention", {**LESSON, "show": "weight", "row": r, "col": c})
             for c in (1, 2, 3)] for r in (1, 2, 3)]


def _softmax(row):
    powers = [math.exp(s) for s in row]
    return [p / sum(powers) for p in powers]


def _masked(scores, keep, fill):
    return [_softmax([s if keep(i, j) else fill for j, s in enumerate(row)])
            for i, row in enumerate(scores)]


def _after(scores):
    """Softmax first, then zero the later words (the rows no longer add up to 1)."""
    return [[w if j <= i else 0 for j, w in enumerate(_softmax(row))]
            for i, row in enumerate(scores)]


def _rows_add_up(got):
    if not isinstance(got, list) or not all(isinstance(r, list) for r in got):
        return "causal_weights should return a table: a list of rows, each a list of weights."
    for i, row in enumerate(got):
        if abs(sum(row) - 1) > 1e-6:
            return (f"Row {i} adds up to {sum(row):.4f}, not 1. Softmax each row after the mask, "
                    "so the weights that are left share all of the 1.")
    return None


def _random(rng):
    t = rng.randint(2, 5)
    return ([[round(rng.uniform(-3, 3), 1) for _ in range(t)] for _ in range(t)],)


PROBES = [
    Probe(task=1, call="causal_weights", args=(SCORES,), name="the lesson's scores",
          expect=_anchor()),
    Probe(task=1, call="causal_weights", args=([[0.5, 2], [1, -1]],), check=_rows_add_up,
          name="each row adds up to 1"),
    Probe(task=1, call="causal_weights", args=([[0.5, 2], [1, -1]],)),
    Probe(task=1, call="causal_weights", args=([[7]],), name="one word looks only at itself"),
    Probe(task=1, call="causal_weights",
          args=([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],),
          name="equal scores: row i shares the weight between i + 1 words"),
    Probe(task=1, call="causal_weights", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda scores: _masked(scores, lambda i, j: j >= i, -math.inf),
            say="You masked the cells below the diagonal. Mask the ones above it: in row i, "
                "the later words are the columns j bigger than i."),
    Mistake(task=1, when=lambda scores: _masked(scores, lambda i, j: j <= i, 0),
            say="You masked with 0. But e^0 is 1, so a later word still gets some weight. "
                "Mask with minus infinity, -math.inf: e to that power is exactly 0."),
    Mistake(task=1, when=lambda scores: [_softmax(row) for row in scores],
            say="Nothing was masked: every word can still see the words after it. Set the "
                "scores above the diagonal to -math.inf before the softmax."),
    Mistake(task=1, when=_after,
            say="You set the weights to 0 after the softmax, so the rows no longer add up to "
                "1. Mask the scores first, then softmax."),
]
TOLERANCE = 1e-6
