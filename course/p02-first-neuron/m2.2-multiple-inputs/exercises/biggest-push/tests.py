from fromzero.grading import Mistake, Probe, random_lists


def _products(inputs, weights):
    return [x * w for x, w in zip(inputs, weights)]


def _argmax(values):
    return max(range(len(values)), key=lambda i: values[i])


def _last_argmax(values):
    best = 0
    for i in range(len(values)):
        if values[i] >= values[best]:
            best = i
    return best


PROBES = [
    Probe(task=1, call="products", args=([3, 7, 2], [0.5, 0.3, 0.8])),
    Probe(task=1, call="products", args=([-1, 4], [2, -0.25])),
    Probe(task=1, call="products", args=([5], [0.2])),
    Probe(task=1, call="products", args=random_lists(2, 3)),
    Probe(task=1, call="products", args=([2, 4], [0.5, 0.25]), expect=[1, 1]),
    Probe(task=2, call="biggest_push", args=([3, 7, 2], [0.5, 0.3, 0.8]), expect=1),  # pencils
    Probe(task=2, call="biggest_push", args=([10, 1, 1], [0.1, 0.2, 3])),
    Probe(task=2, call="biggest_push", args=([4, 2, 6, 1], [0.5, 0.5, -2, 0.1])),
    Probe(task=2, call="biggest_push", args=([1, 1, 1], [0.2, 0.5, 0.5])),
    Probe(task=2, call="biggest_push", args=([2, 8, 3], [1, 0.5, 2])),
    Probe(task=2, call="biggest_push", args=random_lists(2, 4)),
]

MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights: sum(_products(inputs, weights)),
            say="You added the products up. This time, return the list of products itself."),
    Mistake(task=1, when=lambda inputs, weights: _products(inputs, weights)[:-1],
            say="The last product is missing. Use range(len(inputs)), not range(len(inputs) - 1)."),
    Mistake(task=2, when=lambda inputs, weights: _argmax(weights),
            say="You picked the biggest weight. What counts is the input times its weight."),
    Mistake(task=2, when=lambda inputs, weights: _argmax(inputs),
            say="You picked the biggest input. What counts is the input times its weight."),
    Mistake(task=2, when=lambda inputs, weights: max(_products(inputs, weights)),
            say="You returned the biggest product itself. Return its position instead."),
    Mistake(task=2, when=lambda inputs, weights: _last_argmax(_products(inputs, weights)),
            say="Two products tie here. Return the first of them: use > rather than >=."),
    Mistake(task=2, when=lambda inputs, weights: _argmax(_products(inputs, weights)) + 1,
            say="You are one too high. Python counts positions from 0."),
]
