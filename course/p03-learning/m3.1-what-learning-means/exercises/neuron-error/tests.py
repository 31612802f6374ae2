from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists

PROBES = [
    Probe(task=1, call="neuron_error", args=([2, 3], [0.1, 0.1], 0, 0.8),
          expect=final_value("neuron_error", {"inputs": [2, 3], "weights": [0.1, 0.1], "b": 0, "target": 0.8})),
    Probe(task=1, call="neuron_error", args=([1, -2], [0.5, 0.25], 1, -1),
          expect=final_value("neuron_error", {"inputs": [1, -2], "weights": [0.5, 0.25], "b": 1, "target": -1})),
    Probe(task=1, call="neuron_error", args=([4, 1, 2], [0.5, -1, 2], 0.5, 3)),
    Probe(task=1, call="neuron_error", args=random_lists(2, 3, then=2)),
    Probe(task=1, call="neuron_error", args=random_lists(2, 4, then=2)),
]


def _sum(inputs, weights):
    return sum(x * w for x, w in zip(inputs, weights))


MISTAKES = [
    Mistake(task=1, when=lambda i, w, b, t: _sum(i, w) - t,
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda i, w, b, t: t - (_sum(i, w) + b),
            say="You took the output away from the target. Work out output − target."),
    Mistake(task=1, when=lambda i, w, b, t: i[0] * w[0] + b - t,
            say="Only the first input counted. Did you return inside the loop? Return after the loop ends."),
    Mistake(task=1, when=lambda i, w, b, t: _sum(i[1:], w[1:]) + b - t,
            say="The first input is missing. Positions start at 0: use range(len(inputs))."),
    Mistake(task=1, when=lambda i, w, b, t: _sum(i, w) + b * len(i) - t,
            say="You added the bias once for each input. Add it only once, after the loop."),
]

TOLERANCE = 1e-6
