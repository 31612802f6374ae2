from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists


def _mean(values):
    return sum(values) / len(values)


def _gaps(values):
    m = _mean(values)
    return [v - m for v in values]


PROBES = [
    Probe(task=1, call="variance", args=([2, 4, 9],), expect=final_value("variance", {"values": [2, 4, 9]})),
    Probe(task=1, call="variance", args=([1, 2, 3, 4],), expect=final_value("variance", {"values": [1, 2, 3, 4]})),
    Probe(task=1, call="variance", args=([5, 5, 5],)),
    Probe(task=1, call="variance", args=([-1, 1],)),
    Probe(task=1, call="variance", args=random_lists(1, 5)),
    Probe(task=2, call="standard_deviation", args=([2, 4, 9],), expect=final_value("std", {"values": [2, 4, 9]})),
    Probe(task=2, call="standard_deviation", args=([0, 5, 10],)),
    Probe(task=2, call="standard_deviation", args=random_lists(1, 4)),
]

MISTAKES = [
    Mistake(task=1, when=lambda values: sum(g * g for g in _gaps(values)),
            say="That is the sum of the squared gaps. Divide it by how many numbers there are."),
    Mistake(task=1, when=lambda values: sum(_gaps(values)) / len(values),
            say="The gaps were not squared, so they cancel out to 0. Multiply each gap by itself."),
    Mistake(task=1, when=lambda values: sum(abs(g) for g in _gaps(values)) / len(values),
            say="You used the size of each gap. The variance squares each gap: gap * gap."),
    Mistake(task=1, when=lambda values: sum(g * g for g in _gaps(values)) / (len(values) - 1),
            say="Divide by how many numbers there are, not one less."),
    Mistake(task=1, when=lambda values: sum(v * v for v in values) / len(values),
            say="You squared the numbers themselves. Square each number's gap from the mean."),
    Mistake(task=2, when=lambda values: sum(g * g for g in _gaps(values)) / len(values),
            say="That is the variance. Take its square root."),
]
