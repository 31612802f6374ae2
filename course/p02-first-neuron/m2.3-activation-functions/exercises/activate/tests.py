import math

from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


def _with(name):
    """Random x, then the activation's name."""
    draw = random_floats(1)
    return lambda rng: (*draw(rng), name)


PROBES = [
    Probe(task=1, call="activate", args=(2, "sigmoid"), expect=_final("sigmoid", x=2)),
    Probe(task=1, call="activate", args=(-3, "sigmoid")),
    Probe(task=1, call="activate", args=(5, "relu"), expect=_final("relu", x=5)),
    Probe(task=1, call="activate", args=(-3, "relu"), expect=_final("relu", x=-3)),
    Probe(task=1, call="activate", args=_with("sigmoid")),
    Probe(task=1, call="activate", args=_with("relu")),
    Probe(task=2, call="activate", args=(5, "leaky_relu")),
    Probe(task=2, call="activate", args=(-3, "leaky_relu")),
    Probe(task=2, call="activate", args=(0, "leaky_relu")),
    Probe(task=2, call="activate", args=(-20, "leaky_relu")),
    Probe(task=2, call="activate", args=_with("leaky_relu")),
]


def _sigmoid(x):
    return 1 / (1 + math.exp(-x))


MISTAKES = [
    Mistake(task=1, when=lambda x, name: max(0, x) if name == "sigmoid" else _sigmoid(x),
            say="You swapped the two: \"sigmoid\" should squash, and \"relu\" should clip at 0."),
    Mistake(task=1, when=lambda x, name: _sigmoid(x) if name == "relu" else None,
            say="For \"relu\" you gave sigmoid. ReLU keeps a positive x and turns the rest into 0."),
    Mistake(task=1, when=lambda x, name: max(0, x) if name == "sigmoid" else None,
            say="For \"sigmoid\" you gave ReLU. Sigmoid is 1 / (1 + e to the power -x)."),
    Mistake(task=2, when=lambda x, name: x * 0.1,
            say="Leaky ReLU keeps a positive x as it is. Only a negative x is multiplied by 0.1."),
    Mistake(task=2, when=lambda x, name: max(0, x),
            say="That is plain ReLU. Leaky ReLU does not throw a negative x away: it multiplies it by 0.1."),
    Mistake(task=2, when=lambda x, name: x if x > 0 else x * 0.01,
            say="The leak in this exercise is 0.1, not 0.01."),
    Mistake(task=2, when=lambda x, name: x if x > 0 else abs(x) * 0.1,
            say="A negative x times 0.1 is still negative. Do not make it positive."),
]
