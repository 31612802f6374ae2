from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


PROBES = [
    Probe(task=1, call="neuron", args=(5, 0.5, 1), expect=_final("neuron", x=5, w=0.5, b=1)),
    Probe(task=1, call="neuron", args=(0, 2, -2)),
    Probe(task=1, call="neuron", args=(3, -1, 4)),
    Probe(task=1, call="neuron", args=random_floats(3)),
    Probe(task=1, call="neuron", args=random_floats(3)),
    Probe(task=2, call="pocket_money", args=(5,), expect=_final("neuron", x=5, w=0.5, b=1)),
    Probe(task=2, call="pocket_money", args=(0,)),
    Probe(task=2, call="pocket_money", args=(12,)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, w, b: x * w,
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda x, w, b: x * w * b,
            say="You multiplied by the bias. The bias is added, not multiplied."),
    Mistake(task=1, when=lambda x, w, b: x + w + b,
            say="You added the weight. The input is multiplied by the weight."),
    Mistake(task=1, when=lambda x, w, b: x * (w + b),
            say="You added the bias to the weight first. Multiply x by w, then add b."),
    Mistake(task=2, when=lambda chores: chores * 0.5,
            say="Did you forget the 1 coin you get anyway? That is the bias."),
    Mistake(task=2, when=lambda chores: chores * 1 + 0.5,
            say="You swapped the weight and the bias: the weight is 0.5 and the bias is 1."),
]

TOLERANCE = 1e-6
