import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(x, h, w, u, b):
    return final_value("gate", {"weights": [w, u], "inputs": [x, h], "bias": b})


def _random(rng):
    return tuple(round(rng.uniform(-3, 3), 2) for _ in range(5))


def _sigmoid(z):
    return 1 / (1 + math.exp(-z))


PROBES = [
    Probe(task=1, call="gate", args=(1, 0.5, 1, 1, 0), expect=_anchor(1, 0.5, 1, 1, 0),
          name="the lesson's forget gate"),
    Probe(task=1, call="gate", args=(0, 0, 0, 0, 5), expect=_anchor(0, 0, 0, 0, 5)),
    Probe(task=1, call="gate", args=(2, -1, 0.5, 2, 0.5), expect=_anchor(2, -1, 0.5, 2, 0.5)),
    Probe(task=1, call="gate", args=(1, 0.5, 0.5, -1, 0)),
    Probe(task=1, call="gate", args=(-1.5, 0.8, 2, 1.5, -1)),
    Probe(task=1, call="gate", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, h, w, u, b: w * x + u * h + b,
            say="You returned the weighted sum itself. A gate squashes it with the sigmoid, "
                "so it always lands between 0 and 1."),
    Mistake(task=1, when=lambda x, h, w, u, b: math.tanh(w * x + u * h + b),
            say="You used tanh. tanh goes from −1 to 1, but a gate must go from 0 (closed) "
                "to 1 (open): use the sigmoid, 1 ÷ (1 + e^−z)."),
    Mistake(task=1, when=lambda x, h, w, u, b: _sigmoid(w * x + b),
            say="The old hidden state is missing. A gate looks at the input and at the old h: "
                "add u × h to the sum."),
    Mistake(task=1, when=lambda x, h, w, u, b: _sigmoid(w * x + u * h),
            say="The bias is missing. Add b to the weighted sum before the sigmoid."),
]
TOLERANCE = 1e-6
