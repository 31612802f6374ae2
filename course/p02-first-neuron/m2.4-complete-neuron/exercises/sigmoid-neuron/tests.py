import math

from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


def _sigmoid(z):
    return 1 / (1 + math.exp(-z))


PROBES = [
    Probe(task=1, call="sigmoid_neuron", args=(5, 0.5, 1),
          expect=_final("complete_neuron", inputs=[5], weights=[0.5], b=1, activation="sigmoid")),
    Probe(task=1, call="sigmoid_neuron", args=(2, -1, 2)),
    Probe(task=1, call="sigmoid_neuron", args=(4, -1.5, 0.5)),
    Probe(task=1, call="sigmoid_neuron", args=(0, 3, -1)),
    Probe(task=1, call="sigmoid_neuron", args=random_floats(3)),
    Probe(task=1, call="sigmoid_neuron", args=random_floats(3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, w, b: x * w + b,
            say="Did you forget the activation function? Put x × w + b through sigmoid."),
    Mistake(task=1, when=lambda x, w, b: _sigmoid(x * w) + b,
            say="You added the bias after sigmoid. Add it before: sigmoid of (x × w + b)."),
    Mistake(task=1, when=lambda x, w, b: _sigmoid(x * w),
            say="Did you forget to add the bias before sigmoid?"),
    Mistake(task=1, when=lambda x, w, b: _sigmoid(x) * w + b,
            say="You put the input through sigmoid first. Sigmoid is the last step, on x × w + b."),
    Mistake(task=1, when=lambda x, w, b: 1 / (1 + math.exp(x * w + b)),
            say="Did you forget the minus sign inside math.exp?"),
]

TOLERANCE = 1e-9
