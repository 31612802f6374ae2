from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

DATA = [[2, 4], [3, 6], [5, 10], [1, 2]]


def _data(rng):
    w = rng.choice([-1, 0.5, 1.5, 2, 3])
    rows = [[round(rng.uniform(-4, 4), 1), 0] for _ in range(rng.choice([3, 4, 5]))]
    rows = [[x, round(x * w + rng.uniform(-1, 1), 1)] for x, _ in rows]
    return (rows, round(rng.uniform(-2, 3), 2))


def _weights(rng):
    rows, _ = _data(rng)
    return (rows, [round(rng.uniform(-2, 3), 1) for _ in range(5)])


PROBES = [
    Probe(task=1, call="data_loss", args=(DATA, 1.5), expect=final_value("data_loss", {"data": DATA, "w": 1.5})),
    Probe(task=1, call="data_loss", args=(DATA, 2)),
    Probe(task=1, call="data_loss", args=([[1, 2]], 0.5)),
    Probe(task=1, call="data_loss", args=([[2, 1], [-1, 3], [4, -2]], -0.5)),
    Probe(task=1, call="data_loss", args=_data),
    Probe(task=1, call="data_loss", args=_data),
    Probe(task=2, call="best_of", args=(DATA, [1, 1.5, 2, 2.5]), expect=2),
    Probe(task=2, call="best_of", args=(DATA, [1.5, 2.5, 3])),
    Probe(task=2, call="best_of", args=([[1, 1], [2, 3]], [3, 0, 1.2, 1.6])),
    Probe(task=2, call="best_of", args=_weights),
]


def _squares(data, w):
    return [(x * w - t) ** 2 for x, t in data]


def _loss(data, w):
    return sum(_squares(data, w)) / len(data)


MISTAKES = [
    Mistake(task=1, when=lambda d, w: sum(_squares(d, w)),
            say="Did you forget to divide by the number of examples?"),
    Mistake(task=1, when=lambda d, w: _squares(d, w)[-1] / len(d),
            say="Only the last example counted. Add each square to the total instead of replacing it."),
    Mistake(task=1, when=lambda d, w: _squares(d, w)[0] / len(d),
            say="Only the first example counted. Did you return inside the loop?"),
    Mistake(task=1, when=lambda d, w: sum(x * w - t for x, t in d) / len(d),
            say="You forgot to square the errors."),
    Mistake(task=1, when=lambda d, w: sum(_squares(d, w)[1:]) / len(d),
            say="The first example is missing. Positions start at 0."),
    Mistake(task=2, when=lambda d, ws: _loss(d, min(ws, key=lambda w: _loss(d, w))),
            say="You returned the smallest loss. Return the weight that gives it."),
    Mistake(task=2, when=lambda d, ws: max(ws, key=lambda w: _loss(d, w)),
            say="You kept the weight with the biggest loss. Keep the smallest."),
    Mistake(task=2, when=lambda d, ws: min(ws),
            say="You returned the smallest weight. Compare the losses, not the weights."),
]

TOLERANCE = 1e-6
