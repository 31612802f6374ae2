import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

EPS = 1e-5


def _stats(values, ddof=0):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - ddof)
    return mean, var


def _lesson_anchor():
    """The lesson's [2, 4, 6] worked out by fromzero.explain, number by number."""
    return [final_value("layer_norm", {"values": [2, 4, 6], "show": i}) for i in range(3)]


def _random(rng):
    return ([round(rng.uniform(-6, 6), 1) for _ in range(rng.randint(3, 6))],)


def _shape(n):
    def check(got):
        if isinstance(got, (int, float)):
            return ("You returned one number. layer_norm should return a list: a new number "
                    f"for each of the {n} numbers.")
        if not isinstance(got, list) or len(got) != n:
            return f"layer_norm should return a list of {n} numbers, one per input number."
        return None

    return check


PROBES = [
    Probe(task=1, call="layer_norm", args=([2, 4, 6],), name="one new number per number",
          check=_shape(3)),
    Probe(task=1, call="layer_norm", args=([2, 4, 6],), name="the lesson's [2, 4, 6]",
          expect=_lesson_anchor()),
    Probe(task=1, call="layer_norm", args=([3, 3, 3],), name="all the same: no divide by 0",
          expect=[0.0, 0.0, 0.0]),
    Probe(task=1, call="layer_norm", args=([0.5, -1.25, 4, 0],)),
    Probe(task=1, call="layer_norm", args=([1, 2, 3], 0.5),
          name="a big eps, to see that you use it"),
    Probe(task=1, call="layer_norm", args=_random),
]


def _scaled(values, how, eps=EPS):
    mean, var = _stats(values, ddof=1 if how == "n-1" else 0)
    if how == "variance":
        return [(v - mean) / (var + eps) for v in values]
    if how == "no-mean":
        return [v / math.sqrt(var + eps) for v in values]
    if how == "no-eps":
        return [(v - mean) / math.sqrt(var) for v in values]
    if how == "eps-outside":
        return [(v - mean) / (math.sqrt(var) + eps) for v in values]
    return [(v - mean) / math.sqrt(var + eps) for v in values]


MISTAKES = [
    Mistake(task=1, when=lambda values, eps=EPS: _scaled(values, "variance", eps),
            say="You divided by the variance. Divide by the standard deviation: the square "
                "root of (variance + eps)."),
    Mistake(task=1, when=lambda values, eps=EPS: _scaled(values, "no-mean", eps),
            say="You forgot to subtract the mean first, so the numbers are not centred on 0. "
                "Take the mean away from each number, then divide."),
    Mistake(task=1, when=lambda values, eps=EPS: _scaled(values, "n-1", eps),
            say="You divided the squared gaps by n − 1. Layer norm divides by n, the number of "
                "numbers, like the plain variance from Part 1."),
    Mistake(task=1, when=lambda values, eps=EPS: _scaled(values, "eps-outside", eps),
            say="You added eps after the square root. It goes inside: math.sqrt(variance + eps)."),
]
TOLERANCE = 1e-4  # eps in or out of the root differs by less; the eps=0.5 probe checks it
