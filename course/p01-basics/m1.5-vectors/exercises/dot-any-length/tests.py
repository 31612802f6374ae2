from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


PROBES = [
    Probe(task=1, call="dot", args=([1, 2, 3], [4, 5, 6]), expect=final_value("dot", {"a": [1, 2, 3], "b": [4, 5, 6]})),
    Probe(task=1, call="dot", args=([0.1, 0.2], [0.3, -0.4]), expect=final_value("dot", {"a": [0.1, 0.2], "b": [0.3, -0.4]})),
    Probe(task=1, call="dot", args=([4], [2.5])),
    Probe(task=1, call="dot", args=([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])),
    Probe(task=1, call="dot", args=([2, 1], [-1, 2])),
    Probe(task=1, call="dot", args=random_lists(2, 4)),
    Probe(task=2, call="bill", args=([2, 3, 1], [0.5, 2, 1.5]), expect=final_value("dot", {"a": [2, 3, 1], "b": [0.5, 2, 1.5]})),
    Probe(task=2, call="bill", args=([1, 0, 4, 2], [3, 9, 0.25, 1.5])),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b: a[-1] * b[-1],
            say="Only the last product is left. Did you set the total to 0 inside the loop?"),
    Mistake(task=1, when=lambda a, b: a[0] * b[0],
            say="Only the first product came back. Is your return inside the loop?"),
    Mistake(task=1, when=lambda a, b: _dot(a[:-1], b[:-1]),
            say="The last pair is missing. Use range(len(a)), not range(len(a) - 1)."),
    Mistake(task=1, when=lambda a, b: [x * y for x, y in zip(a, b)],
            say="You returned the list of products. Add them up into one number."),
    Mistake(task=1, when=lambda a, b: sum(a) * sum(b),
            say="You added each vector up first. Multiply each pair first, then add."),
]
