import math
import random

from fromzero.course.markdown import final_value
from fromzero.grading import Probe

GOAL = 0.01
LINE = [[0, 1], [1, 4], [2, 7], [3, 10]]  # target = 3 × input + 1
DOWN = [[1, 0.5], [2, 0], [4, -1], [-1, 1.5]]  # target = −0.5 × input + 1
SHIFT = [[-2, -7], [-1, -5], [0, -3], [2, 1], [3, 3]]  # target = 2 × input − 3
FLAT = [[2, 4], [3, 6], [5, 10], [1, 2]]  # the lesson's data: no bias needed


def _random_line():
    """A fresh rule each time the server loads these tests: a new line the learner never saw."""
    rng = random.Random()
    w, b = round(rng.uniform(-3, 3), 1), round(rng.uniform(-3, 3), 1)
    return [[x, round(w * x + b, 2)] for x in rng.sample([-3, -2, -1, 0, 1, 2, 3], 5)]


FRESH = _random_line()


def _judge(data):
    def check(got):
        if not isinstance(got, list | tuple) or len(got) != 2:
            return "Return a list of two numbers: [weight, bias]."
        w, b = got
        if not all(isinstance(v, int | float) for v in (w, b)):
            return "Return a list of two numbers: [weight, bias]."
        if not (math.isfinite(w) and math.isfinite(b)) or abs(w) + abs(b) > 1e9:
            return ("Your numbers became NaN or infinity, or are on their way there. The learning rate is too big, "
                    "or a step goes uphill: check the sign of each gradient.")
        # The mean squared error of the learned line, worked out by fromzero.explain.
        mse = final_value("data_loss", {"data": data, "w": w, "b": b})
        if mse < GOAL:
            return None
        hint = " Is the bias learning too? Its gradient is 2 × error." if abs(b) < 1e-9 else (
            " Train for more epochs, or check each step's sign.")
        return (f"On the examples {data}, your line ({w:.4g} × input + {b:.4g}) has a mean squared "
                f"error of {mse:.4g}. It should be below {GOAL}.{hint}")
    return check


PROBES = [
    Probe(task=1, call="fit", args=(LINE,), check=_judge(LINE), name="fit on target = 3 × input + 1"),
    Probe(task=1, call="fit", args=(DOWN,), check=_judge(DOWN), name="fit on a line going down"),
    Probe(task=1, call="fit", args=(SHIFT,), check=_judge(SHIFT), name="fit on a line below zero"),
    Probe(task=1, call="fit", args=(FLAT,), check=_judge(FLAT), name="fit on the lesson's data"),
    Probe(task=1, call="fit", args=(FRESH,), check=_judge(FRESH), name="fit on a line drawn at random"),
]

MISTAKES = []

TOLERANCE = 1e-6
