from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(x, t, w1, w2, lr, steps):
    spec = {"x": x, "target": t, "w1": w1, "w2": w2, "lr": lr, "steps": steps}
    return [final_value("backprop_train", {**spec, "show": "w1"}),
            final_value("backprop_train", {**spec, "show": "w2"})]


def _run(x, t, w1, w2, lr, steps, early=False, sign=1, no_lr=False, extra=0):
    for _ in range(steps + extra):
        hidden = x * w1
        error = hidden * w2 - t
        g_w2 = 2 * error * hidden
        step2 = g_w2 if no_lr else lr * g_w2
        new_w2 = w2 - sign * step2
        g_w1 = 2 * error * (new_w2 if early else w2) * x
        step1 = g_w1 if no_lr else lr * g_w1
        w1 = w1 - sign * step1
        w2 = new_w2
    return [w1, w2]


def _random(rng):
    r = lambda lo, hi: round(rng.uniform(lo, hi), 2)  # noqa: E731
    return (r(0.5, 2), r(-2, 2), r(-1, 1), r(-1, 1), 0.05, rng.randint(2, 6))


PROBES = [
    Probe(task=1, call="train", args=(2, 1, 0.5, 0.8, 0.1, 1), expect=_anchor(2, 1, 0.5, 0.8, 0.1, 1)),
    Probe(task=1, call="train", args=(2, 1, 0.5, 0.8, 0.1, 5), expect=_anchor(2, 1, 0.5, 0.8, 0.1, 5)),
    Probe(task=1, call="train", args=(1.5, -1, -0.3, 1.2, 0.05, 3), expect=_anchor(1.5, -1, -0.3, 1.2, 0.05, 3)),
    Probe(task=1, call="train", args=(2, 1, 0.5, 0.8, 0.1, 0)),
    Probe(task=1, call="train", args=_random),
    Probe(task=1, call="train", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda *a: _run(*a, early=True),
            say="You changed w2 before working out the slope for w1. Work out both slopes with the old weights, then update."),
    Mistake(task=1, when=lambda *a: _run(*a, sign=-1),
            say="You added the step. Subtract it: weight − lr × slope walks downhill."),
    Mistake(task=1, when=lambda *a: _run(*a, no_lr=True),
            say="Multiply each slope by the learning rate lr before you subtract it."),
    Mistake(task=1, when=lambda *a: _run(*a, extra=1),
            say="You did one step too many. range(steps) gives exactly `steps` turns."),
    Mistake(task=1, when=lambda *a: _run(*a[:5], max(0, a[5] - 1)),
            say="You did one step too few. range(steps) gives exactly `steps` turns."),
]
