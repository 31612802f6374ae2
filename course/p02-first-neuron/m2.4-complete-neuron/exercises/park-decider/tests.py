import math

from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_lists


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


def _z(inputs, weights, b):
    return sum(x * w for x, w in zip(inputs, weights)) + b


def _sure(inputs, weights, b):
    return 1 / (1 + math.exp(-_z(inputs, weights, b)))


PROBES = [
    Probe(task=1, call="how_sure", args=([2, 5], [0.4, 0.6], 0.5),
          expect=_final("complete_neuron", inputs=[2, 5], weights=[0.4, 0.6], b=0.5)),
    Probe(task=1, call="how_sure", args=([1, 0], [1, 1], -1.5),
          expect=_final("complete_neuron", inputs=[1, 0], weights=[1, 1], b=-1.5)),
    Probe(task=1, call="how_sure", args=random_lists(2, 3, then=1)),
    Probe(task=2, call="decide", args=([1, 1], [1, 1], -1.5), expect="yes"),
    Probe(task=2, call="decide", args=([1, 0], [1, 1], -1.5), expect="no"),
    Probe(task=2, call="decide", args=([2, 2], [0.5, -0.5], 0), expect="no"),
    Probe(task=2, call="decide", args=([3, 1], [0.5, 1], -2)),
    Probe(task=2, call="decide", args=random_lists(2, 3, then=1)),
    Probe(task=3, call="park_today", args=(1, 1, 0), expect="yes"),
    Probe(task=3, call="park_today", args=(1, 0, 1), expect="no"),
    Probe(task=3, call="park_today", args=(0, 1, 0), expect="no"),
    Probe(task=3, call="park_today", args=(1, 0, 0)),
    Probe(task=3, call="park_today", args=(1, 1, 1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights, b: _z(inputs, weights, b),
            say="Did you forget sigmoid? Put the total through sigmoid as the last step."),
    Mistake(task=1, when=lambda inputs, weights, b: _sure(inputs, weights, 0),
            say="Did you forget to add the bias?"),
    Mistake(task=2, when=lambda inputs, weights, b: _sure(inputs, weights, b) > 0.5,
            say="You returned True or False. Return the text \"yes\" or \"no\" instead."),
    Mistake(task=2, when=lambda inputs, weights, b: _sure(inputs, weights, b),
            say="You returned how sure the neuron is. Turn it into \"yes\" or \"no\"."),
    Mistake(task=2, when=lambda inputs, weights, b: "yes" if _sure(inputs, weights, b) >= 0.5 else "no",
            say="Exactly one half is a \"no\". Use > 0.5, not >= 0.5."),
    Mistake(task=2, when=lambda inputs, weights, b: "Yes" if _sure(inputs, weights, b) > 0.5 else "No",
            say="Use small letters: \"yes\" and \"no\"."),
    Mistake(task=2, when=lambda inputs, weights, b: "no" if _sure(inputs, weights, b) > 0.5 else "yes",
            say="Your yes and no are swapped. More than one half means \"yes\"."),
    Mistake(task=3, when=lambda s, f, h: "yes" if 2 * s + 1.5 * f - 3 * h > 0 else "no",
            say="Did you forget the bias of -2?"),
    Mistake(task=3, when=lambda s, f, h: "yes" if 2 * s + 1.5 * f + 3 * h - 2 > 0 else "no",
            say="Homework pulls the answer down: its weight is -3, not 3."),
]
