from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

LAYERS = [{"weights": [[1, 1], [1, 1]], "biases": [0, -1], "activation": "relu"},
          {"weights": [[1, -2]], "biases": [0]}]


def _net(x1, x2, **where):
    """An anchor from the worked forward pass in fromzero.explain."""
    return final_value("network", {"inputs": [x1, x2], "layers": LAYERS, **where})


def _hidden(x1, x2):
    return [_net(x1, x2, layer=1, neuron=1), _net(x1, x2, layer=1, neuron=2)]


def _relu(x):
    return x if x > 0 else 0


PROBES = [
    Probe(task=1, call="hidden", args=(1, 1), expect=_hidden(1, 1)),
    Probe(task=1, call="hidden", args=(0, 1), expect=_hidden(0, 1)),
    Probe(task=1, call="hidden", args=(0, 0)),
    Probe(task=1, call="hidden", args=random_floats(2, -2, 2)),
    Probe(task=2, call="xor_net", args=(0, 0), expect=_net(0, 0)),
    Probe(task=2, call="xor_net", args=(0, 1), expect=_net(0, 1)),
    Probe(task=2, call="xor_net", args=(1, 0), expect=_net(1, 0)),
    Probe(task=2, call="xor_net", args=(1, 1), expect=_net(1, 1)),
    Probe(task=2, call="xor_net", args=random_floats(2, -2, 2)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x1, x2: [x1 + x2, x1 + x2 - 1],
            say="Your hidden neurons have no ReLU. Put each sum through ReLU."),
    Mistake(task=1, when=lambda x1, x2: [_relu(x1 + x2), _relu(x1 + x2 + 1)],
            say="Neuron B's bias is -1: subtract 1, do not add it."),
    Mistake(task=1, when=lambda x1, x2: (_relu(x1 + x2), _relu(x1 + x2 - 1)),
            say="Return a list, [a, b], not a tuple."),
    Mistake(task=2, when=lambda x1, x2: x1 + x2 - 2 * (x1 + x2 - 1),
            say="Your hidden neurons have no ReLU, so the network is one straight line again. At (0, 0) it gives 2."),
    Mistake(task=2, when=lambda x1, x2: _relu(x1 + x2) + 2 * _relu(x1 + x2 - 1),
            say="The output neuron's second weight is -2. Subtract two times B; do not add it."),
    Mistake(task=2, when=lambda x1, x2: _relu(x1 + x2) - _relu(x1 + x2 - 1),
            say="That acts like OR: (1, 1) gives 1, but XOR wants 0. Subtract two times B, not one."),
    Mistake(task=2, when=lambda x1, x2: _relu(x1 + x2),
            say="You returned only neuron A. Subtract two times B as well."),
]
