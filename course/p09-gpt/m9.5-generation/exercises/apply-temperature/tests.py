import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _softmax(values):
    ups = [math.exp(v) for v in values]
    total = sum(ups)
    return [u / total for u in ups]


def _lesson_anchor():
    """The lesson's four words at temperature 0.5, worked out by fromzero.explain."""
    logits = [2, 1, 0, -1]
    return [final_value("temperature", {"logits": logits, "t": 0.5, "show": i})
            for i in range(len(logits))]


def _random(rng):
    logits = [round(rng.uniform(-3, 3), 1) for _ in range(rng.randint(3, 6))]
    return (logits, rng.choice([0.3, 0.5, 0.7, 1.5, 2.0]))


def _shape(n):
    def check(got):
        if isinstance(got, (int, float)):
            return ("You returned one number. apply_temperature should return a list: one "
                    f"chance for each of the {n} logits.")
        if not isinstance(got, list) or len(got) != n:
            return f"apply_temperature should return a list of {n} chances, one per logit."
        return None

    return check


PROBES = [
    Probe(task=1, call="apply_temperature", args=([2, 1, 0, -1], 0.5),
          name="one chance per logit", check=_shape(4)),
    Probe(task=1, call="apply_temperature", args=([2, 1, 0, -1], 0.5),
          name="the lesson's four words at temperature 0.5", expect=_lesson_anchor()),
    Probe(task=1, call="apply_temperature", args=([2, 1, 0, -1], 2),
          name="the lesson's four words at temperature 2"),
    Probe(task=1, call="apply_temperature", args=([1.5, -0.25, 0.75], 1.3)),
    Probe(task=1, call="apply_temperature", args=([0, 0, 0], 0.4), name="equal logits",
          expect=[1 / 3, 1 / 3, 1 / 3]),
    Probe(task=1, call="apply_temperature", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda logits, t: _softmax([x * t for x in logits]),
            say="You multiplied the logits by t. Divide them by t: a small temperature must "
                "make the gaps bigger, so the favourite grows."),
    Mistake(task=1, when=lambda logits, t: [c / t for c in _softmax(logits)],
            say="You divided the chances by t, so they no longer add up to 1. Divide the "
                "logits by t first, then do softmax."),
    Mistake(task=1, when=lambda logits, t: [x / t for x in logits],
            say="You divided the logits by t but forgot softmax. Your numbers are still "
                "scores, not chances: take e to the power of each, then divide by the total."),
    Mistake(task=1, when=lambda logits, t: _softmax(logits),
            say="You returned plain softmax, the chances at temperature 1. Divide each logit "
                "by t before softmax."),
]
TOLERANCE = 1e-6
