from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def _len(v):
    return _dot(v, v) ** 0.5


PROBES = [
    Probe(task=1, call="length", args=([3, 4],), expect=final_value("vector_length", {"v": [3, 4]})),
    Probe(task=1, call="length", args=([-2, 1, 2],), expect=final_value("vector_length", {"v": [-2, 1, 2]})),
    Probe(task=1, call="length", args=([5],)),
    Probe(task=1, call="length", args=([1, 1],)),
    Probe(task=1, call="length", args=random_lists(1, 3)),
    Probe(task=2, call="alike", args=([3, 1], [6, 2]), expect=1),
    Probe(task=2, call="alike", args=([2, 1], [-1, 2]), expect=0),
    Probe(task=2, call="alike", args=([1, 2], [-2, -4]), expect=-1),
    Probe(task=2, call="alike", args=([3, 4], [4, 3]),
          expect=final_value("dot", {"a": [3, 4], "b": [4, 3]}) / 25),
    Probe(task=2, call="alike", args=([1, 2, 3], [-1, 0.5, 2])),
]

MISTAKES = [
    Mistake(task=1, when=lambda v: _dot(v, v), say="That is v · v. Take its square root to get the length."),
    Mistake(task=1, when=lambda v: sum(v), say="You added the numbers. Square each one, add them, then take the square root."),
    Mistake(task=1, when=lambda v: sum(v) ** 0.5, say="Multiply each number by itself before adding."),
    Mistake(task=2, when=lambda a, b: _dot(a, b) / _len(a) * _len(b),
            say="Mind the brackets: divide by (length of a × length of b), both lengths together."),
    Mistake(task=2, when=lambda a, b: _dot(a, b),
            say="That is only the dot product. Divide it by both lengths multiplied together."),
]
