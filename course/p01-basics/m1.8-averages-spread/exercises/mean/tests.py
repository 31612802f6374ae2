from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists

PROBES = [
    Probe(task=1, call="mean", args=([2, 4, 9],), expect=final_value("mean", {"values": [2, 4, 9]})),
    Probe(task=1, call="mean", args=([10, 20, 30, 40],), expect=final_value("mean", {"values": [10, 20, 30, 40]})),
    Probe(task=1, call="mean", args=([5],)),
    Probe(task=1, call="mean", args=([1.5, 2.5, -1, 3],)),
    Probe(task=1, call="mean", args=random_lists(1, 6)),
]

MISTAKES = [
    Mistake(task=1, when=lambda values: sum(values), say="That is the sum. Divide it by how many numbers there are."),
    Mistake(task=1, when=lambda values: sum(values) / (len(values) - 1),
            say="Divide by how many numbers there are, len(values), not one less."),
    Mistake(task=1, when=lambda values: values[-1] / len(values),
            say="Only the last number was counted. Did you set the total to 0 inside the loop?"),
    Mistake(task=1, when=lambda values: (values[0] + values[-1]) / 2,
            say="That is the middle of the first and last numbers. Add up every number, then divide by the count."),
]
