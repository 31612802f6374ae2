from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


PROBES = [
    Probe(task=1, call="relu", args=(5,), expect=_final("relu", x=5)),
    Probe(task=1, call="relu", args=(-3,), expect=_final("relu", x=-3)),
    Probe(task=1, call="relu", args=(0,)),
    Probe(task=1, call="relu", args=(0.75,)),
    Probe(task=1, call="relu", args=(-0.001,)),
    Probe(task=1, call="relu", args=(123.5,)),
    Probe(task=1, call="relu", args=random_floats(1)),
    Probe(task=1, call="relu", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: abs(x),
            say="You turned the negative number into a positive one. ReLU turns it into 0."),
    Mistake(task=1, when=lambda x: min(0, x),
            say="It is the other way round: keep the positive numbers and turn the negative ones into 0."),
    Mistake(task=1, when=lambda x: 1 if x > 0 else 0,
            say="ReLU keeps a positive input as it is. It does not turn it into 1."),
    Mistake(task=1, when=lambda x: x,
            say="A negative input must come out as 0. Did you check if x is bigger than zero?"),
    Mistake(task=1, when=lambda x: -x if x < 0 else 0,
            say="Check which branch returns what: positive inputs are kept, the rest become 0."),
]
