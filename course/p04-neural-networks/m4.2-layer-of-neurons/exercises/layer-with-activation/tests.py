import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

W = [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]]
B = [0.1, 0.5, -0.2]


def _anchor(inputs, weights_list, biases, activation):
    spec = {"inputs": inputs, "weights": weights_list, "biases": biases, "activation": activation}
    return [final_value("layer", {**spec, "neuron": i + 1}) for i in range(len(biases))]


def _z(x, W, b):
    return [sum(a * w for a, w in zip(x, row)) + bi for row, bi in zip(W, b)]


def _relu(v):
    return v if v > 0 else 0


def _sig(v):
    return 1 / (1 + math.exp(-v))


def _act(name, v):
    return _relu(v) if name == "relu" else _sig(v) if name == "sigmoid" else v


def _random(activation):
    def make(rng):
        n_in, n_out = rng.randint(2, 3), rng.randint(2, 4)
        r = lambda: round(rng.uniform(-3, 3), 1)  # noqa: E731
        return ([r() for _ in range(n_in)], [[r() for _ in range(n_in)] for _ in range(n_out)],
                [r() for _ in range(n_out)], activation)
    return make


PROBES = [
    Probe(task=1, call="dense_layer", args=([1, -3], W, B, "relu"), expect=_anchor([1, -3], W, B, "relu")),
    Probe(task=1, call="dense_layer", args=([2, 3], W, B, "relu"), expect=_anchor([2, 3], W, B, "relu")),
    Probe(task=1, call="dense_layer", args=_random("relu")),
    Probe(task=2, call="dense_layer", args=([1, -3], W, B, "sigmoid"),
          expect=_anchor([1, -3], W, B, "sigmoid")),
    Probe(task=2, call="dense_layer", args=([1, -3], W, B, "none"), expect=_anchor([1, -3], W, B, "none")),
    Probe(task=2, call="dense_layer", args=_random("sigmoid")),
    Probe(task=2, call="dense_layer", args=_random("none")),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, W, b, a: _z(x, W, b),
            say="You forgot the activation. For \"relu\", put each neuron's answer through ReLU."),
    Mistake(task=1, when=lambda x, W, b, a: [_relu(v - bi) + bi for v, bi in zip(_z(x, W, b), b)],
            say="You added the bias after the activation. Add it first; the activation comes last."),
    Mistake(task=2, when=lambda x, W, b, a: [_act(a, v - bi) + bi for v, bi in zip(_z(x, W, b), b)],
            say="You added the bias after the activation. Add it first; the activation comes last."),
    Mistake(task=2, when=lambda x, W, b, a: [_sig(v) if a == "sigmoid" else _relu(v) for v in _z(x, W, b)],
            say="For \"none\", keep each answer as it is. Do not use ReLU."),
    Mistake(task=2, when=lambda x, W, b, a: [_relu(v) for v in _z(x, W, b)],
            say="You always used ReLU. Check the activation's name: \"sigmoid\" and \"none\" need something else."),
    Mistake(task=1, when=lambda x, W, b, a: [_act(a, v) for v in _z(x, W, b)][:1],
            say="Your list is too short. Append every neuron's output, one per neuron."),
]
