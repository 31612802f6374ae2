import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

GOOD = {"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 3}


def _run(x, t, w, lr, n, stop=True, extra=0):
    count = 0
    for _ in range(n + extra):
        w = w - lr * 2 * (x * w - t) * x
        count += 1
        if stop and not math.isfinite(w):
            break
    return [w, count]


def _args(rng):
    return (rng.choice([1, 2, 3]), round(rng.uniform(-5, 5), 1), round(rng.uniform(-1, 1), 1),
            rng.choice([0.05, 0.1, 0.6, 1]), rng.choice([5, 50, 400]))


PROBES = [
    Probe(task=1, call="safe_descend", args=(2, 5, 0.1, 0.05, 3), expect=[final_value("gradient_descent", GOOD), 3]),
    Probe(task=1, call="safe_descend", args=(2, 5, 0.1, 1, 400)),
    Probe(task=1, call="safe_descend", args=(2, 5, 0.1, 1, 10)),
    Probe(task=1, call="safe_descend", args=(3, 1, 0.5, 2, 1000)),
    Probe(task=1, call="safe_descend", args=(2, 5, 0.1, 0.05, 0)),
    Probe(task=1, call="safe_descend", args=_args),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n, stop=False),
            say="It did not stop when the weight broke. Check math.isfinite(weight) after each step and break."),
    Mistake(task=1, when=lambda x, t, w, lr, n: [_run(x, t, w, lr, n)[0], n],
            say="The count is wrong. Count the iterations that really ran, not the ones you asked for."),
    Mistake(task=1, when=lambda x, t, w, lr, n: [_run(x, t, w, lr, n)[0], _run(x, t, w, lr, n)[1] - 1],
            say="The count is one too small. Add 1 for every step you take, also the one that broke."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n)[0],
            say="Return a list of two things: [the last weight, how many iterations ran]."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n, stop=True, extra=1),
            say="One iteration too many. range(iterations) runs exactly iterations times."),
]

TOLERANCE = 1e-6
