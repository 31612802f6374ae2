import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

# The lesson's tiny head: C = 3 numbers in, V = 4 tokens out.
HIDDEN = [1, -0.5, 2]
W = [[0.5, 1, 0.25], [1, 0, -0.5], [-0.5, 0.5, 1.5], [0, 0.25, 0.5]]
B = [0.1, 0, -0.2, 0.3]
# A square head (C = V = 3), so a mix-up of rows and columns gives numbers instead of a crash.
SQ_HIDDEN = [2, -1, 0.5]
SQ_W = [[1, 2, 0], [0, -1, 3], [0.5, 0.5, -2]]
SQ_B = [0.5, -1, 0.25]


def _layer(hidden, W, b):
    inputs = {"inputs": hidden, "weights": W, "biases": b}
    return [final_value("layer", {**inputs, "neuron": i}) for i in range(1, len(W) + 1)]


def _columns(hidden, W, b):
    return [sum(W[i][j] * hidden[i] for i in range(len(hidden))) + b[j] for j in range(len(b))]


def _softmax(xs):
    top = max(xs)
    ups = [math.exp(x - top) for x in xs]
    return [u / sum(ups) for u in ups]


def _random(rng):
    C, V = rng.randint(2, 4), rng.randint(3, 6)
    h = [round(rng.uniform(-2, 2), 1) for _ in range(C)]
    W = [[round(rng.uniform(-1, 1), 2) for _ in range(C)] for _ in range(V)]
    b = [round(rng.uniform(-1, 1), 2) for _ in range(V)]
    return (h, W, b)


PROBES = [
    Probe(task=1, call="head", args=(SQ_HIDDEN, SQ_W, SQ_B), name="a square head",
          expect=_layer(SQ_HIDDEN, SQ_W, SQ_B)),
    Probe(task=1, call="head", args=(HIDDEN, W, B), name="the lesson's head",
          expect=_layer(HIDDEN, W, B)),
    Probe(task=1, call="head", args=([1, 1], [[1, 0], [0, 1], [1, 1]], [0, 0, 0]),
          name="no biases"),
    Probe(task=1, call="head", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_columns,
            say="You walked down the columns of W. Each ROW of W belongs to one token: the logit "
                "of token i is row i of W times hidden, number by number, plus b[i]."),
    Mistake(task=1, when=lambda h, W, b: [sum(w * x for w, x in zip(r, h)) for r in W],
            say="You left out the biases. Add b[i] to the weighted sum of token i."),
    Mistake(task=1, when=lambda h, W, b: _softmax([sum(w * x for w, x in zip(r, h)) + c
                                                   for r, c in zip(W, b)]),
            say="These are chances: you already used softmax. The head gives the raw scores, the "
                "logits. Softmax comes after the head, as its own step."),
]
TOLERANCE = 1e-6
