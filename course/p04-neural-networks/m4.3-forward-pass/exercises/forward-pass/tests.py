from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

SMALL = [[[[1, 1]], [0]], [[[-0.5]], [1]]]
XOR = [[[[1, 1], [1, 1]], [0, -1]], [[[1, -2]], [0]]]
THREE = [[[[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]], [0.1, 0.2, 0, 0.1]],
         [[[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]], [0.5, 0.3, 0.2]],
         [[[0.5, 0.4, 0.3]], [0.1]]]


def _spec(layers):
    return [{"weights": W, "biases": b, "activation": "relu" if k < len(layers) - 1 else "none"}
            for k, (W, b) in enumerate(layers)]


def _anchor(inputs, layers):
    """The network's outputs from the worked forward pass in fromzero.explain."""
    spec = _spec(layers)
    n = len(layers[-1][1])
    return [final_value("network", {"inputs": inputs, "layers": spec, "neuron": i + 1}) for i in range(n)]


def _run(inputs, layers, relu_last=False, relu_hidden=True, chain=True, stop=None):
    current = list(inputs)
    for k, (W, b) in enumerate(layers[:stop]):
        src = current if chain else list(inputs)
        out = [sum(x * w for x, w in zip(src, row)) + bi for row, bi in zip(W, b)]
        last = k == len(layers) - 1
        if (relu_hidden and not last) or (relu_last and last):
            out = [max(0, v) for v in out]
        current = out
    return current


def _random(rng):
    r = lambda: round(rng.uniform(-2, 2), 1)  # noqa: E731
    sizes = [2, rng.randint(2, 4), rng.randint(2, 3), rng.randint(1, 2)]
    layers = [[[[r() for _ in range(sizes[k])] for _ in range(sizes[k + 1])], [r() for _ in range(sizes[k + 1])]]
              for k in range(3)]
    return ([r(), r()], layers)


PROBES = [
    Probe(task=1, call="forward", args=([2, 3], THREE), expect=_anchor([2, 3], THREE)),
    Probe(task=1, call="forward", args=([1, 2], SMALL), expect=_anchor([1, 2], SMALL)),
    Probe(task=1, call="forward", args=([1, 1], XOR), expect=_anchor([1, 1], XOR)),
    Probe(task=1, call="forward", args=([-2, 1], THREE)),
    Probe(task=1, call="forward", args=_random),
    Probe(task=1, call="forward", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, L: _run(x, L, relu_last=True),
            say="You put ReLU on the last layer too. The last layer has no activation."),
    Mistake(task=1, when=lambda x, L: _run(x, L, relu_hidden=False),
            say="The hidden layers need ReLU. Without it the network is just one big sum."),
    Mistake(task=1, when=lambda x, L: _run(x, L, chain=False),
            say="Each layer must get the outputs of the layer before, not the network's inputs. Set current = outputs after each layer."),
    Mistake(task=1, when=lambda x, L: _run(x, L, stop=1),
            say="You returned the first layer's outputs. Loop over every layer and return the last one's."),
    Mistake(task=1, when=lambda x, L: _run(x, L, stop=-1),
            say="The last layer is missing. Loop over all the layers: range(len(layers))."),
    Mistake(task=1, when=lambda x, L: _run(x, L, relu_last=True, relu_hidden=True)[0],
            say="Return the whole list of the last layer's outputs, not just one number."),
]
