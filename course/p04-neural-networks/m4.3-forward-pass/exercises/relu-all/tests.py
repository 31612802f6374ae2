from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(values):
    return [final_value("relu", {"x": v}) for v in values]


def _random(rng):
    return ([round(rng.uniform(-5, 5), 1) for _ in range(rng.randint(3, 6))],)


PROBES = [
    Probe(task=1, call="relu_all", args=([2, -1, 0.5, -3.2],), expect=_anchor([2, -1, 0.5, -3.2])),
    Probe(task=1, call="relu_all", args=([-0.3, -1.7, 0.4],), expect=_anchor([-0.3, -1.7, 0.4])),
    Probe(task=1, call="relu_all", args=([0, 5],)),
    Probe(task=1, call="relu_all", args=_random),
    Probe(task=1, call="relu_all", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda values: [abs(v) for v in values],
            say="ReLU does not make negative numbers positive. It turns them into 0."),
    Mistake(task=1, when=lambda values: [v for v in values if v > 0],
            say="You dropped the negative numbers. Put a 0 in their place, so the list keeps its length."),
    Mistake(task=1, when=lambda values: max(0, max(values)),
            say="You returned one number. Return a list: ReLU of each number."),
    Mistake(task=1, when=lambda values: [0 if v > 0 else v for v in values],
            say="You kept the negative numbers and zeroed the positive ones: the wrong way round."),
]
