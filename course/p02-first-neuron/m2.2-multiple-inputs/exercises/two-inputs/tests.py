from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


PROBES = [
    Probe(task=1, call="neuron2", args=(2, 0.4, 5, 0.6, 0.5),
          expect=_final("neuron_multi", inputs=[2, 5], weights=[0.4, 0.6], b=0.5)),
    Probe(task=1, call="neuron2", args=(3, 0.5, 7, 0.3, 1),
          expect=_final("neuron_multi", inputs=[3, 7], weights=[0.5, 0.3], b=1)),
    Probe(task=1, call="neuron2", args=(1, -2, 4, 0.25, 0)),
    Probe(task=1, call="neuron2", args=(0, 3, 2, 0, -1)),
    Probe(task=1, call="neuron2", args=random_floats(5)),
    Probe(task=1, call="neuron2", args=random_floats(5)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: x1 * w1 + x2 * w2,
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: x1 * w1 + b,
            say="You only used the first input. Add x2 × w2 as well."),
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: x1 * w1 * x2 * w2 + b,
            say="You multiplied the two products together. Add them instead."),
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: x1 * w2 + x2 * w1 + b,
            say="You mixed up the weights. x1 goes with w1, and x2 goes with w2."),
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: x1 * w1 + b + x2 * w2 + b,
            say="You added the bias twice. Add it once, at the end."),
    Mistake(task=1, when=lambda x1, w1, x2, w2, b: (x1 + x2) * (w1 + w2) + b,
            say="You added the inputs and the weights first. Multiply each input by its own weight, then add."),
]

TOLERANCE = 1e-6
