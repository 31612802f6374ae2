from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists


def _ws(inputs, weights):
    return sum(x * w for x, w in zip(inputs, weights))


PROBES = [
    Probe(task=1, call="neuron_output", args=([2, 3], [0.5, 0.3], 0.1),
          expect=final_value("neuron_multi", {"inputs": [2, 3], "weights": [0.5, 0.3], "b": 0.1})),
    Probe(task=1, call="neuron_output", args=([2, 3], [0.9, 0.1], -0.2),
          expect=final_value("neuron_multi", {"inputs": [2, 3], "weights": [0.9, 0.1], "b": -0.2})),
    Probe(task=1, call="neuron_output", args=([1, -3, 2], [0.5, 0.3, -1], 0.4)),
    Probe(task=1, call="neuron_output", args=random_lists(2, 3, then=1)),
    Probe(task=1, call="neuron_output", args=random_lists(2, 4, then=1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights, bias: _ws(inputs, weights),
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda inputs, weights, bias: _ws(inputs, weights) + bias * len(inputs),
            say="You added the bias once for every input. Add it once, after the loop."),
    Mistake(task=1, when=lambda inputs, weights, bias: _ws(inputs[:-1], weights[:-1]) + bias,
            say="The last input is missing. Use range(len(inputs)), not range(len(inputs) - 1)."),
    Mistake(task=1, when=lambda inputs, weights, bias: sum(inputs) * sum(weights) + bias,
            say="Multiply each input by its own weight, then add the products. Do not add them up first."),
]
