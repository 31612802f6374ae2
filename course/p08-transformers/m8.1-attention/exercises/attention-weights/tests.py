import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = [0.65, 1.06, 0.74]  # the scores of cat, sat and mat, looking from sat


def _anchor(scores):
    return [final_value("softmax", {"scores": scores, "show": i}) for i in range(len(scores))]


def _powers(scores):
    return [math.exp(s) for s in scores]


def _hard_max(scores):
    best = scores.index(max(scores))
    return [1.0 if i == best else 0.0 for i in range(len(scores))]


def _random(rng):
    return ([round(rng.uniform(-3, 3), 2) for _ in range(rng.randint(3, 7))],)


PROBES = [
    # Anchor: the lesson's scores, computed by fromzero.explain.
    Probe(task=1, call="attention_weights", args=(LESSON,), name="the lesson's scores",
          expect=_anchor(LESSON)),
    Probe(task=1, call="attention_weights", args=([2.0, -1.0, 0.5],),
          expect=_anchor([2.0, -1.0, 0.5])),
    Probe(task=1, call="attention_weights", args=([0.0, 0.0, 0.0, 0.0],)),
    Probe(task=1, call="attention_weights", args=([3.0, 1.0],)),
    Probe(task=1, call="attention_weights", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda scores: [s / sum(scores) for s in scores],
            say="You divided the scores themselves by their total, without e. A score below 0 "
                "would then get a weight below 0. Take e to the power of each score first."),
    Mistake(task=1, when=_powers,
            say="These are the powers e^score. You forgot to divide each one by the total of "
                "all the powers, so the weights do not add up to 1."),
    Mistake(task=1, when=_hard_max,
            say="You gave all the attention to the biggest score and none to the rest. Softmax "
                "gives every word a share: e^score divided by the total of all the powers."),
    Mistake(task=1, when=lambda scores: [p / max(_powers(scores)) for p in _powers(scores)],
            say="You divided by the biggest power. Divide by the total of all the powers, so "
                "the weights add up to 1."),
]
TOLERANCE = 1e-6
