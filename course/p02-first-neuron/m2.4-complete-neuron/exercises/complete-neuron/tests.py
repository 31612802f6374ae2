import math

from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_lists


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


def _with(activation):
    """Random inputs, weights and bias, then the activation's name."""
    draw = random_lists(2, 3, then=1)
    return lambda rng: (*draw(rng), activation)


def _sigmoid(z):
    return 1 / (1 + math.exp(-z))


def _relu(z):
    return max(0, z)


def _ws(inputs, weights):
    return sum(x * w for x, w in zip(inputs, weights))


def _act(name, z):
    return _sigmoid(z) if name == "sigmoid" else _relu(z)


PROBES = [
    Probe(task=1, call="complete_neuron", args=([2, 5], [0.4, 0.6], 0.5, "sigmoid"),
          expect=_final("complete_neuron", inputs=[2, 5], weights=[0.4, 0.6], b=0.5,
                        activation="sigmoid")),
    Probe(task=1, call="complete_neuron", args=([1, 2, 3], [-0.5, 0.25, -0.75], 0.1, "sigmoid")),
    Probe(task=1, call="complete_neuron", args=([3, 7, 2], [0.5, 0.3, 0.8], -6, "sigmoid")),
    Probe(task=1, call="complete_neuron", args=_with("sigmoid")),
    Probe(task=2, call="complete_neuron", args=([2, 5], [0.4, 0.6], 0.5, "relu"),
          expect=_final("complete_neuron", inputs=[2, 5], weights=[0.4, 0.6], b=0.5,
                        activation="relu")),
    Probe(task=2, call="complete_neuron", args=([1, 2, 3], [-0.5, 0.25, -0.75], 0.1, "relu")),
    Probe(task=2, call="complete_neuron", args=([4, 1, 2, 3], [0.5, -1, 0.25, 0.1], -0.4, "relu")),
    Probe(task=2, call="complete_neuron", args=_with("relu")),
]

MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights, b, a: _ws(inputs, weights) + b,
            say="Did you forget the activation function? Put the total through sigmoid."),
    Mistake(task=2, when=lambda inputs, weights, b, a: _ws(inputs, weights) + b,
            say="Did you forget the activation function? Put the total through ReLU."),
    Mistake(task=1, when=lambda inputs, weights, b, a: _sigmoid(_ws(inputs, weights)) + b,
            say="You added the bias after the activation. Add it before."),
    Mistake(task=2, when=lambda inputs, weights, b, a: _relu(_ws(inputs, weights)) + b,
            say="You added the bias after the activation. Add it before."),
    Mistake(task=1, when=lambda inputs, weights, b, a: _sigmoid(_ws(inputs, weights)),
            say="Did you forget to add the bias?"),
    Mistake(task=2, when=lambda inputs, weights, b, a: _relu(_ws(inputs, weights)),
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda inputs, weights, b, a:
            sum(_sigmoid(x * w) for x, w in zip(inputs, weights)) + b,
            say="You put each product through sigmoid. The activation works once, on the whole total."),
    Mistake(task=2, when=lambda inputs, weights, b, a: _sigmoid(_ws(inputs, weights) + b),
            say="For \"relu\" you used sigmoid. Check the activation's name with ==."),
    Mistake(task=1, when=lambda inputs, weights, b, a: _relu(_ws(inputs, weights) + b),
            say="For \"sigmoid\" you used ReLU. Check the activation's name with ==."),
    Mistake(task=1, when=lambda inputs, weights, b, a:
            _act(a, _ws(inputs[:-1], weights[:-1]) + b),
            say="The last input is missing. Use range(len(inputs)), not range(len(inputs) - 1)."),
    Mistake(task=2, when=lambda inputs, weights, b, a:
            _act(a, _ws(inputs[:-1], weights[:-1]) + b),
            say="The last input is missing. Use range(len(inputs)), not range(len(inputs) - 1)."),
]

TOLERANCE = 1e-9
