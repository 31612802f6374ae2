from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

BRIEF = ([2, 3], [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], [0.1, 0.5, -0.2])


def _anchor(inputs, weights_list, biases):
    """Each neuron's output from the worked layer in fromzero.explain."""
    spec = {"inputs": inputs, "weights": weights_list, "biases": biases}
    return [final_value("layer", {**spec, "neuron": i + 1}) for i in range(len(biases))]


def _ws(inputs, row):
    return sum(x * w for x, w in zip(inputs, row))


def _random(rng):
    n_in, n_out = rng.randint(2, 4), rng.randint(2, 4)
    r = lambda: round(rng.uniform(-3, 3), 1)  # noqa: E731
    return ([r() for _ in range(n_in)], [[r() for _ in range(n_in)] for _ in range(n_out)],
            [r() for _ in range(n_out)])


PROBES = [
    Probe(task=1, call="layer_of_neurons", args=BRIEF, expect=_anchor(*BRIEF)),
    Probe(task=1, call="layer_of_neurons", args=([1, -3], [[0.5, 0.3], [0.2, 0.8]], [0.1, 0.5]),
          expect=_anchor([1, -3], [[0.5, 0.3], [0.2, 0.8]], [0.1, 0.5])),
    Probe(task=1, call="layer_of_neurons", args=([1, 2, 3], [[1, 0, -1], [0.5, 0.5, 0.5]], [2, -1])),
    Probe(task=1, call="layer_of_neurons", args=_random),
    Probe(task=1, call="layer_of_neurons", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, W, b: [_ws(x, row) + b[0] for row in W],
            say="Every neuron used the first bias. Use biases[i] for neuron i."),
    Mistake(task=1, when=lambda x, W, b: [_ws(x, row) + bi * len(x) for row, bi in zip(W, b)],
            say="You added the bias once for every input. Add it once per neuron, after the inner loop."),
    Mistake(task=1, when=lambda x, W, b: [_ws(x, row) for row in W],
            say="Did you forget to add each neuron's bias?"),
    Mistake(task=1, when=lambda x, W, b: [sum(_ws(x, r) for r in W[:k + 1]) + sum(b[:k + 1])
                                          for k in range(len(W))],
            say="Each neuron adds on top of the last one. Set the running sum back to 0 for every neuron."),
    Mistake(task=1, when=lambda x, W, b: _ws(x, W[-1]) + b[-1],
            say="You returned only the last neuron's output. Append each output to a list and return the list."),
    Mistake(task=1, when=lambda x, W, b: sum(_ws(x, row) + bi for row, bi in zip(W, b)),
            say="You added all the neurons' outputs together. A layer returns a list, one number per neuron."),
]
