import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(scores):
    return [final_value("softmax", {"scores": scores, "stable": True, "show": i})
            for i in range(len(scores))]


def _big(rng):
    n = rng.randint(3, 10)
    return ([round(rng.uniform(700, 1000), 1) for _ in range(n)],)


def _small(rng):
    n = rng.randint(3, 10)
    return ([round(rng.uniform(-5, 5), 1) for _ in range(n)],)


def _overflowed(scores):
    """What plain softmax gives when e^score is infinity (numpy does this): NaN chances."""
    powers = [math.inf if s > 709 else math.exp(s) for s in scores]
    total = sum(powers)
    if not math.isinf(total):
        return None
    return [p / total for p in powers]


def _shifted_powers(scores):
    return [math.exp(s - max(scores)) for s in scores]


PROBES = [
    # Anchor: the lesson's big scores, computed by fromzero.explain.
    Probe(task=1, call="stable_softmax", args=([1000, 1001],), expect=_anchor([1000, 1001])),
    Probe(task=1, call="stable_softmax", args=([0.65, 0.3, 0.8],), expect=_anchor([0.65, 0.3, 0.8])),
    Probe(task=1, call="stable_softmax", args=([-1000, 1000, 999],)),
    Probe(task=1, call="stable_softmax", args=([710.0, 0.0, -5.0],)),
    Probe(task=1, call="stable_softmax", args=_small),
    Probe(task=1, call="stable_softmax", args=_big),
]

MISTAKES = [
    Mistake(task=1, when=_overflowed,
            say="Your chances came out as nan. e to the power of a big score is infinity, and infinity "
                "÷ infinity is NaN. Take the biggest score away from every score first."),
    Mistake(task=1, when=_shifted_powers,
            say="You took the biggest score away, good. But you forgot to divide each power by the total."),
]
