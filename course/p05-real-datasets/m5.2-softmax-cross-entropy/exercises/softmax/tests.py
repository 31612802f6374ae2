import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(scores):
    return [final_value("softmax", {"scores": scores, "show": i}) for i in range(len(scores))]


def _scores(rng):
    n = rng.randint(3, 10)
    return ([round(rng.uniform(-5, 5), 1) for _ in range(n)],)


def _powers(scores):
    return [math.exp(s) for s in scores]


PROBES = [
    # Anchor: the lesson's example, computed by fromzero.explain.
    Probe(task=1, call="softmax", args=([0.65, 0.3, 0.8],), expect=_anchor([0.65, 0.3, 0.8])),
    Probe(task=1, call="softmax", args=([2.0, -1.0, 0.5],), expect=_anchor([2.0, -1.0, 0.5])),
    Probe(task=1, call="softmax", args=([0.0, 0.0, 0.0, 0.0],)),
    Probe(task=1, call="softmax", args=([3.0],)),
    Probe(task=1, call="softmax", args=_scores),
    Probe(task=1, call="softmax", args=_scores),
]

MISTAKES = [
    Mistake(task=1, when=lambda scores: [s / sum(scores) for s in scores],
            say="You divided the scores themselves by their total. Take e to the power of each score first: "
                "that makes every chance above 0."),
    Mistake(task=1, when=_powers,
            say="These are the powers e^score. You forgot to divide each one by the total of all the powers."),
    Mistake(task=1, when=lambda scores: [p / max(_powers(scores)) for p in _powers(scores)],
            say="You divided by the biggest power. Divide by the total of all the powers, so the chances add up to 1."),
    Mistake(task=1, when=lambda scores: [p / sum(scores) for p in _powers(scores)],
            say="You divided by the total of the scores. Divide by the total of the powers e^score."),
]
