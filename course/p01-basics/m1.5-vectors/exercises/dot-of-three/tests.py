from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists

PROBES = [
    Probe(task=1, call="dot3", args=([1, 2, 3], [4, 5, 6]), expect=final_value("dot", {"a": [1, 2, 3], "b": [4, 5, 6]})),
    Probe(task=1, call="dot3", args=([2, 3, 1], [0.5, 2, 1.5]), expect=final_value("dot", {"a": [2, 3, 1], "b": [0.5, 2, 1.5]})),
    Probe(task=1, call="dot3", args=([1, -2, 0], [3, 1, 7])),
    Probe(task=1, call="dot3", args=random_lists(2, 3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b: [a[i] * b[i] for i in range(3)],
            say="You returned the three products. Add them up into one number."),
    Mistake(task=1, when=lambda a, b: sum(a) * sum(b),
            say="You added each vector up first, then multiplied. Multiply each pair first, then add."),
    Mistake(task=1, when=lambda a, b: sum(a) + sum(b),
            say="You added all six numbers. Multiply each pair first."),
    Mistake(task=1, when=lambda a, b: a[0] * b[0] + a[1] * b[1],
            say="The third pair is missing. Positions go 0, 1 and 2."),
]
