from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _total(x1, x2, w1, w2, b):
    return x1 * w1 + x2 * w2 + b


def _side(inputs, weights, b):
    """An anchor that does not trust solution.py: the worked sum, then the rule."""
    return 1 if final_value("neuron_multi", {"inputs": inputs, "weights": weights, "b": b}) > 0 else 0


PROBES = [
    Probe(task=1, call="line_neuron", args=(1, 1, 1, 1, -1.5), expect=_side([1, 1], [1, 1], -1.5)),
    Probe(task=1, call="line_neuron", args=(1, 0, 1, 1, -1.5), expect=_side([1, 0], [1, 1], -1.5)),
    Probe(task=1, call="line_neuron", args=(1, 0, 1, 1, -1), expect=_side([1, 0], [1, 1], -1)),
    Probe(task=1, call="line_neuron", args=(0, 0, -2, 3, 0.5)),
    Probe(task=1, call="line_neuron", args=(2, -1, 0.5, 2, 0.5)),
    Probe(task=1, call="line_neuron", args=random_floats(5)),
    Probe(task=1, call="line_neuron", args=random_floats(5)),
]

MISTAKES = [
    Mistake(task=1, when=_total,
            say="You returned the sum itself. Turn it into 1 (above zero) or 0 (not above zero)."),
    Mistake(task=1, when=lambda x1, x2, w1, w2, b: _total(x1, x2, w1, w2, b) > 0,
            say="You returned True or False. Return the number 1 or 0 instead."),
    Mistake(task=1, when=lambda x1, x2, w1, w2, b: 1 if _total(x1, x2, w1, w2, b) >= 0 else 0,
            say="A sum of exactly 0 is not above zero: use >, not >=."),
    Mistake(task=1, when=lambda x1, x2, w1, w2, b: 1 if x1 * w1 + x2 * w2 > 0 else 0,
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda x1, x2, w1, w2, b: 0 if _total(x1, x2, w1, w2, b) > 0 else 1,
            say="Your 1 and 0 are the wrong way round. Above zero means 1."),
]
