from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

DATA = [[2, 4], [3, 6], [5, 10], [1, 2]]


def _curve(data, w, lr, n):
    """Each epoch's mean loss, from fromzero.explain."""
    return [final_value("train", {"data": data, "w": w, "lr": lr, "epochs": k}) for k in range(1, n + 1)]


def _run(data, w, lr, n, reset_total=True, reset_weight=False, divide=True):
    curve, start, total = [], w, 0
    for _ in range(n):
        if reset_total:
            total = 0
        if reset_weight:
            w = start
        for x, t in data:
            e = x * w - t
            total += e * e
            w = w - lr * 2 * e * x
        curve.append(total / len(data) if divide else total)
    return curve


def _data(rng):
    w = rng.choice([-1, 0.5, 2])
    rows = [[x, round(x * w + rng.uniform(-0.3, 0.3), 1)] for x in rng.sample([-2, -1, 1, 2, 3], 3)]
    return (rows, 0, 0.02, rng.choice([3, 5]))


PROBES = [
    Probe(task=1, call="train", args=(DATA, 0.1, 0.01, 5), expect=_curve(DATA, 0.1, 0.01, 5)),
    Probe(task=1, call="train", args=([[1, 2.2], [2, 3.9], [3, 6.3]], 0.1, 0.02, 4)),
    Probe(task=1, call="train", args=(DATA, 0.1, 0.01, 1)),
    Probe(task=1, call="train", args=(DATA, 0.1, 0.01, 0)),
    Probe(task=1, call="train", args=_data),
]

MISTAKES = [
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n, reset_total=False),
            say="The losses pile up from epoch to epoch. Set total = 0 inside the epoch loop, at the start of each epoch."),
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n, reset_weight=True),
            say="The weight goes back to the start every epoch, so the neuron forgets. Let it carry on."),
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n, divide=False),
            say="Did you forget to divide by the number of examples?"),
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n - 1),
            say="One epoch is missing. range(epochs) runs exactly epochs times."),
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n)[-1],
            say="Return the whole curve, a list with one mean loss per epoch, not only the last one."),
    Mistake(task=1, when=lambda d, w, lr, n: _run(d, w, lr, n)[:1],
            say="Only the first epoch is in the list. Did you return inside the epoch loop?"),
]

TOLERANCE = 1e-6
