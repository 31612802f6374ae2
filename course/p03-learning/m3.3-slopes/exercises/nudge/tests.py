from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CURVE = [[3, 2], [-2, 1], [5, 0]]


def _x(rng):
    return (round(rng.uniform(-4, 4), 2),)


def _xh(rng):
    return (round(rng.uniform(-4, 4), 2), rng.choice([0.1, 0.01, 0.001]))


def _c(x):
    return 3 * x * x - 2 * x + 5


PROBES = [
    Probe(task=1, call="curve", args=(-2,), expect=final_value("curve_value", {"terms": CURVE, "x": -2})),
    Probe(task=1, call="curve", args=(0,)),
    Probe(task=1, call="curve", args=(1.5,)),
    Probe(task=1, call="curve", args=_x),
    Probe(task=2, call="nudge_slope", args=(-1, 0.001),
          expect=final_value("nudge_slope", {"terms": CURVE, "x": -1, "h": 0.001})),
    Probe(task=2, call="nudge_slope", args=(2, 1), expect=final_value("nudge_slope", {"terms": CURVE, "x": 2, "h": 1})),
    Probe(task=2, call="nudge_slope", args=(0.5, 0.01)),
    Probe(task=2, call="nudge_slope", args=_xh),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: 3 * x - 2 * x + 5,
            say="3x² means 3 × x × x. You multiplied by x only once."),
    Mistake(task=1, when=lambda x: (3 * x) ** 2 - 2 * x + 5,
            say="Only x is squared, not the 3. Write 3 * x * x."),
    Mistake(task=1, when=lambda x: 3 * x * x + 2 * x + 5,
            say="The middle part is minus 2x, not plus."),
    Mistake(task=2, when=lambda x, h: _c(x + h) - _c(x),
            say="That is the rise. Divide it by the nudge to get the slope."),
    Mistake(task=2, when=lambda x, h: (_c(x) - _c(x + h)) / h,
            say="The sign is flipped. Take new height − old height: curve(x + nudge) − curve(x)."),
    Mistake(task=2, when=lambda x, h: (_c(x + h) - _c(x)) / x,
            say="Divide by the nudge, not by x. The run is the nudge."),
    Mistake(task=2, when=lambda x, h: _c(x + h) / h,
            say="Take away the old height first: curve(x + nudge) − curve(x), then divide."),
]

TOLERANCE = 1e-6
