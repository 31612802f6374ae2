import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

P1 = [[[1, 1], [1, 1]], [0, -1], [1, -2], 0]
P2 = [[[0.5, -1], [-0.3, 0.8], [1.2, 0.4]], [0.1, -0.2, 0], [1.5, -1, 0.7], -0.3]


def _anchor(params, point):
    W1, b1, W2, b2 = params
    layers = [{"weights": W1, "biases": b1, "activation": "relu"},
              {"weights": [W2], "biases": [b2], "activation": "sigmoid"}]
    return final_value("network", {"inputs": point, "layers": layers})


def _z(params, point, relu=True):
    W1, b1, W2, b2 = params
    h = [W1[j][0] * point[0] + W1[j][1] * point[1] + b1[j] for j in range(len(W1))]
    if relu:
        h = [max(0, v) for v in h]
    return sum(w * v for w, v in zip(W2, h)) + b2


def _s(z):
    return 1 / (1 + math.exp(-z))


def _random(rng):
    r = lambda: round(rng.uniform(-2, 2), 1)  # noqa: E731
    H = rng.randint(2, 4)
    return ([[[r(), r()] for _ in range(H)], [r() for _ in range(H)], [r() for _ in range(H)], r()], [r(), r()])


PROBES = [
    Probe(task=1, call="predict", args=(P1, [1, 1]), expect=_anchor(P1, [1, 1])),
    Probe(task=1, call="predict", args=(P2, [0.5, -0.5]), expect=_anchor(P2, [0.5, -0.5])),
    Probe(task=1, call="predict", args=(P2, [-1, 0.8])),
    Probe(task=1, call="predict", args=_random),
    Probe(task=2, call="label", args=(P1, [1, 0]), expect=1 if _anchor(P1, [1, 0]) > 0.5 else 0),
    Probe(task=2, call="label", args=(P1, [0, 0])),
    Probe(task=2, call="label", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda p, x: _z(p, x),
            say="You forgot sigmoid on the output. Put the output's sum through sigmoid."),
    Mistake(task=1, when=lambda p, x: _s(_z(p, x, relu=False)),
            say="The hidden neurons need ReLU: max(0, sum)."),
    Mistake(task=1, when=lambda p, x: _s(_z(p, x) - p[3]),
            say="Did you forget the output's bias b2?"),
    Mistake(task=2, when=lambda p, x: _s(_z(p, x)),
            say="Return a label, 1 or 0, not how sure the network is."),
    Mistake(task=2, when=lambda p, x: _s(_z(p, x)) > 0.5,
            say="Return the number 1 or 0, not True or False."),
    Mistake(task=2, when=lambda p, x: 1 if _s(_z(p, x)) >= 0.5 else 0,
            say="Exactly one half is label 0: use > 0.5, not >= 0.5."),
]
