from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

DATA = [[2, 4], [3, 6], [5, 10], [1, 2]]


def _data(rng):
    w = rng.choice([-1, 0.5, 2, 3])
    rows = [[x, round(x * w + rng.uniform(-0.5, 0.5), 1)] for x in rng.sample([-2, -1, 1, 2, 3], 4)]
    return (rows, round(rng.uniform(-1, 1), 1), rng.choice([0.01, 0.02, 0.05]))


def _run(data, w, lr, update=True, before=False):
    losses = []
    for x, t in data:
        if before and update:
            w = w - lr * 2 * (x * w - t) * x
        e = x * w - t
        losses.append(e * e)
        if update and not before:
            w = w - lr * 2 * e * x
    return losses


PROBES = [
    Probe(task=1, call="epoch_loss", args=(DATA, 0.1, 0.01), expect=final_value("epoch", {"data": DATA, "w": 0.1, "lr": 0.01})),
    Probe(task=1, call="epoch_loss", args=([[1, -1], [-2, 2.5]], 0, 0.1),
          expect=final_value("epoch", {"data": [[1, -1], [-2, 2.5]], "w": 0, "lr": 0.1})),
    Probe(task=1, call="epoch_loss", args=(DATA, 2, 0.01)),
    Probe(task=1, call="epoch_loss", args=([[1, 3]], 0.5, 0.1)),
    Probe(task=1, call="epoch_loss", args=_data),
    Probe(task=1, call="epoch_loss", args=_data),
]

MISTAKES = [
    Mistake(task=1, when=lambda d, w, lr: sum(_run(d, w, lr)),
            say="Did you forget to divide by the number of examples?"),
    Mistake(task=1, when=lambda d, w, lr: _run(d, w, lr)[-1] / len(d),
            say="Only the last example's loss counted. Write total = total + ..., so each loss is added."),
    Mistake(task=1, when=lambda d, w, lr: sum(_run(d, w, lr, update=False)) / len(d),
            say="The weight never changed. Take a step after each example: weight − learning rate × gradient."),
    Mistake(task=1, when=lambda d, w, lr: sum(_run(d, w, lr, before=True)) / len(d),
            say="You stepped before you measured the loss. Work out each example's loss first, then step."),
]

TOLERANCE = 1e-6
