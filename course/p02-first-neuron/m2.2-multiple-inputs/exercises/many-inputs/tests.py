from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_lists


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


PROBES = [
    Probe(task=1, call="weighted_sum", args=([3, 7, 2], [0.5, 0.3, 0.8]),
          expect=_final("weighted_sum", inputs=[3, 7, 2], weights=[0.5, 0.3, 0.8])),
    Probe(task=1, call="weighted_sum", args=([1, 2, 3, 4], [0.1, -0.2, 0.3, -0.4])),
    Probe(task=1, call="weighted_sum", args=([-1.5, 4], [2, -0.25])),
    Probe(task=1, call="weighted_sum", args=([6], [0.5])),
    Probe(task=1, call="weighted_sum", args=([2, 9, 1, 5, 3], [1, 0, 2, 0.5, -1])),
    Probe(task=1, call="weighted_sum", args=random_lists(2, 4)),
    Probe(task=2, call="neuron_multi", args=([3, 7, 2], [0.5, 0.3, 0.8], 1),
          expect=_final("neuron_multi", inputs=[3, 7, 2], weights=[0.5, 0.3, 0.8], b=1)),
    Probe(task=2, call="neuron_multi", args=([1, -1], [-0.6, 0.9], -0.35)),
    Probe(task=2, call="neuron_multi", args=([4, 0, 2, 1], [0.25, 3, -1, 2], 0.5)),
    Probe(task=2, call="neuron_multi", args=random_lists(2, 3, then=1)),
    Probe(task=3, call="try_it", args=(), name="try_it() with the numbers from the task",
          expect=_final("neuron_multi", inputs=[5, 2, 8], weights=[0.2, 0.5, 0.1], b=0.5)),
]


def _ws(inputs, weights):
    return sum(x * w for x, w in zip(inputs, weights))


MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights: inputs[-1] * weights[-1],
            say="Only the last product is left. Did you set the sum back to 0 inside the loop?"),
    Mistake(task=1, when=lambda inputs, weights: inputs[0] * weights[0],
            say="Only the first product came back. Is your return inside the loop?"),
    Mistake(task=1, when=lambda inputs, weights: _ws(inputs[:-1], weights[:-1]),
            say="The last input is missing. Use range(len(inputs)), not range(len(inputs) - 1)."),
    Mistake(task=1, when=lambda inputs, weights: [x * w for x, w in zip(inputs, weights)],
            say="You returned the list of products. Add them up and return one number."),
    Mistake(task=1, when=lambda inputs, weights: sum(inputs) + sum(weights),
            say="You added the inputs and the weights. Multiply each input by its weight first."),
    Mistake(task=1, when=lambda inputs, weights: sum(inputs) * sum(weights),
            say="You added all the inputs and all the weights, then multiplied. Multiply each pair first, then add."),
    Mistake(task=2, when=lambda inputs, weights, b: _ws(inputs, weights),
            say="Did you forget to add the bias?"),
    Mistake(task=2, when=lambda inputs, weights, b: _ws(inputs, weights) + b * len(inputs),
            say="You added the bias once for each input. Add it only once, after the loop."),
    Mistake(task=3, when=lambda: _ws([5, 2, 8], [0.2, 0.5, 0.1]),
            say="That is the weighted sum. Did you forget the bias of 0.5?"),
]

TOLERANCE = 1e-6
