from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(p, t):
    return final_value("accuracy", {"predictions": p, "labels": t})


def _right(p, t):
    return sum(1 for a, b in zip(p, t) if a == b)


def _random(rng):
    n = rng.randint(5, 12)
    return ([rng.choice([0, 1]) for _ in range(n)], [rng.choice([0, 1]) for _ in range(n)])


PROBES = [
    Probe(task=1, call="accuracy", args=([1, 0, 1, 1], [1, 0, 0, 1]), expect=_anchor([1, 0, 1, 1], [1, 0, 0, 1])),
    Probe(task=1, call="accuracy", args=([1, 1, 1], [0, 0, 1]), expect=_anchor([1, 1, 1], [0, 0, 1])),
    Probe(task=1, call="accuracy", args=([0, 1, 0, 1, 1], [0, 1, 0, 1, 1])),
    Probe(task=1, call="accuracy", args=_random),
    Probe(task=1, call="accuracy", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda p, t: _right(p, t),
            say="You returned how many are right. Divide by the number of labels to get a share from 0 to 1."),
    Mistake(task=1, when=lambda p, t: 100 * _right(p, t) / len(t),
            say="You returned a percentage. Return a share from 0 to 1: do not multiply by 100."),
    Mistake(task=1, when=lambda p, t: 1 - _right(p, t) / len(t),
            say="You measured how often it is wrong. Count the positions where they are equal."),
    Mistake(task=1, when=lambda p, t: _right(p, t) // len(t),
            say="Use / to divide, not //: // throws away the part after the point."),
]
