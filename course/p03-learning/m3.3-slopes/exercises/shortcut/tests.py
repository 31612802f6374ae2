from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CURVE = [[3, 2], [-2, 1], [5, 0]]


def _part(rng):
    return (rng.choice([-3, -1, 0.5, 2, 4]), rng.choice([1, 2, 3, 4]), round(rng.uniform(-3, 3), 1))


def _curve(rng):
    parts = [[rng.choice([-2, -1, 1, 3]), n] for n in rng.sample([0, 1, 2, 3], 3)]
    return (parts, round(rng.uniform(-3, 3), 1))


PROBES = [
    Probe(task=1, call="power_slope", args=(1, 2, 3), expect=final_value("shortcut_slope", {"terms": [[1, 2]], "x": 3})),
    Probe(task=1, call="power_slope", args=(1, 3, 2), expect=final_value("shortcut_slope", {"terms": [[1, 3]], "x": 2})),
    Probe(task=1, call="power_slope", args=(-0.5, 4, -2)),
    Probe(task=1, call="power_slope", args=(5, 0, 0)),
    Probe(task=1, call="power_slope", args=(4, 1, 7)),
    Probe(task=1, call="power_slope", args=_part),
    Probe(task=2, call="curve_slope", args=(CURVE, -1), expect=final_value("shortcut_slope", {"terms": CURVE, "x": -1})),
    Probe(task=2, call="curve_slope", args=([[4, 2], [-20, 1], [25, 0]], 0.1)),
    Probe(task=2, call="curve_slope", args=([[7, 0]], 0)),
    Probe(task=2, call="curve_slope", args=_curve),
]


def _ps(a, n, x):
    return 0 if n == 0 else a * n * x ** (n - 1)


MISTAKES = [
    Mistake(task=1, when=lambda a, n, x: a * n * x ** n,
            say="You kept the same power. Make the power one less: x to the power n − 1."),
    Mistake(task=1, when=lambda a, n, x: a * x ** (n - 1),
            say="Bring the power down in front too: multiply by n."),
    Mistake(task=1, when=lambda a, n, x: n * x ** (n - 1),
            say="The number in front stays in front: multiply by a as well."),
    Mistake(task=1, when=lambda a, n, x: a * x ** n,
            say="That is the height of the part, not its slope. Use a × n × x to the power n − 1."),
    Mistake(task=2, when=lambda ps, x: _ps(ps[-1][0], ps[-1][1], x),
            say="Only the last part counted. Add each part's slope to a running total."),
    Mistake(task=2, when=lambda ps, x: _ps(ps[0][0], ps[0][1], x),
            say="Only the first part counted. Did you return inside the loop?"),
    Mistake(task=2, when=lambda ps, x: sum(a * x ** n for a, n in ps),
            say="That is the height of the curve. Add up the slopes of the parts instead."),
]

TOLERANCE = 1e-6
