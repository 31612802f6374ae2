from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _history(x, t, w, lr, n):
    """Each iteration's loss from fromzero.explain: the loss after k finished iterations."""
    inputs = {"x": x, "target": t, "w": w, "lr": lr, "show": "loss"}
    return [final_value("gradient_descent", {**inputs, "iterations": k}) for k in range(n)]


def _run(x, t, w, lr, n):
    out = []
    for _ in range(n):
        e = x * w - t
        out.append(e * e)
        w = w - lr * 2 * e * x
    return out


def _args(rng):
    return (rng.choice([-1, 0.5, 1, 2]), round(rng.uniform(-5, 5), 1), round(rng.uniform(-2, 2), 1),
            rng.choice([0.02, 0.05, 0.1]), rng.choice([3, 4, 6]))


def _small(rng):
    return (rng.choice([1, 2]), round(rng.uniform(-5, 5), 1), 0, rng.choice([0.05, 0.1]), rng.choice([0.1, 0.001]))


PROBES = [
    Probe(task=1, call="loss_history", args=(2, 5, 0.1, 0.05, 4), expect=_history(2, 5, 0.1, 0.05, 4)),
    Probe(task=1, call="loss_history", args=(1, -3, 2, 0.1, 3)),
    Probe(task=1, call="loss_history", args=(2, 5, 0.1, 0.05, 0)),
    Probe(task=1, call="loss_history", args=_args),
    Probe(task=2, call="iterations_needed", args=(2, 5, 0.1, 0.05, 0.01)),
    Probe(task=2, call="iterations_needed", args=(2, 5, 2.5, 0.05, 0.01)),
    Probe(task=2, call="iterations_needed", args=(2, 5, 0.1, 0.001, 0.0001)),
    Probe(task=2, call="iterations_needed", args=(2, 5, 0.1, 0.3, 0.01)),
    Probe(task=2, call="iterations_needed", args=_small),
]


def _needed(x, t, w, lr, small, extra=0):
    count = 0
    loss = (x * w - t) ** 2
    while loss >= small and count < 1000:
        w = w - lr * 2 * (x * w - t) * x
        count += 1
        loss = (x * w - t) ** 2
    return count + extra


MISTAKES = [
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n)[-1],
            say="You returned one number. Collect every loss in a list with append, and return the list."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n)[:1],
            say="Only the first loss is in the list. Did you return inside the loop?"),
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n + 1)[1:],
            say="Each loss is one iteration late. Work out the loss before you take the step."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _run(x, t, w, lr, n - 1),
            say="One loss is missing. range(iterations) runs exactly iterations times."),
    Mistake(task=2, when=lambda x, t, w, lr, s: _needed(x, t, w, lr, s, 1),
            say="You counted one iteration too many. Check the loss before each step, and stop as soon as it is small."),
    Mistake(task=2, when=lambda x, t, w, lr, s: max(0, _needed(x, t, w, lr, s) - 1),
            say="You counted one iteration too few. Count every step you take."),
]

TOLERANCE = 1e-6
