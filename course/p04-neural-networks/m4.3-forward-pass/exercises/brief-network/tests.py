import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

W1 = [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]]
B1 = [0.1, 0.2, 0, 0.1]
W2 = [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]]
B2 = [0.5, 0.3, 0.2]
W3 = [[0.5, 0.4, 0.3]]
B3 = [0.1]
SPEC = [{"weights": W1, "biases": B1, "activation": "relu"},
        {"weights": W2, "biases": B2, "activation": "relu"},
        {"weights": W3, "biases": B3, "activation": "sigmoid"}]


def _anchor(inputs, **where):
    return final_value("network", {"inputs": inputs, "layers": SPEC, **where})


def _lay(x, W, b, relu):
    out = [sum(a * w for a, w in zip(x, row)) + bi for row, bi in zip(W, b)]
    return [max(0, v) for v in out] if relu else out


def _h(x, relu=True):
    return _lay(_lay(x, W1, B1, relu), W2, B2, relu)


def _z(x, relu=True):
    return _lay(_h(x, relu), W3, B3, False)[0]


PROBES = [
    Probe(task=1, call="hidden_layers", args=([2, 3],),
          expect=[_anchor([2, 3], layer=2, neuron=i) for i in (1, 2, 3)]),
    Probe(task=1, call="hidden_layers", args=([-4, 1],)),
    Probe(task=1, call="hidden_layers", args=lambda rng: (list(random_floats(2)(rng)),)),
    Probe(task=2, call="neural_network", args=([2, 3],), expect=_anchor([2, 3])),
    Probe(task=2, call="neural_network", args=([-5, -5],), expect=_anchor([-5, -5])),
    Probe(task=2, call="neural_network", args=lambda rng: (list(random_floats(2)(rng)),)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: _h(x, relu=False),
            say="The hidden layers need ReLU on every output."),
    Mistake(task=1, when=lambda x: _lay(x, W1, B1, True),
            say="You returned layer 1's outputs. Feed them into layer 2 and return layer 2's outputs."),
    Mistake(task=2, when=lambda x: _z(x),
            say="You forgot sigmoid on the output neuron. Put its sum through sigmoid."),
    Mistake(task=2, when=lambda x: [1 / (1 + math.exp(-_z(x)))],
            say="Return one number, not a list. Take the output neuron's value with [0]."),
    Mistake(task=2, when=lambda x: 1 / (1 + math.exp(-_z(x, relu=False))),
            say="The hidden layers need ReLU on every output."),
    Mistake(task=2, when=lambda x: max(0, _z(x)),
            say="The output layer uses sigmoid, not ReLU."),
]
