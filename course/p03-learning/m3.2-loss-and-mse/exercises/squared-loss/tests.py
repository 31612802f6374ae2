from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="squared_error", args=(0.5, 0.8),
          expect=final_value("squared_error", {"prediction": 0.5, "target": 0.8})),
    Probe(task=1, call="squared_error", args=(3, 1), expect=final_value("squared_error", {"prediction": 3, "target": 1})),
    Probe(task=1, call="squared_error", args=(0.8, 0.8)),
    Probe(task=1, call="squared_error", args=(-1, 2.5)),
    Probe(task=1, call="squared_error", args=random_floats(2)),
    Probe(task=1, call="squared_error", args=random_floats(2)),
]

MISTAKES = [
    Mistake(task=1, when=lambda p, t: p - t,
            say="That is the error. Now multiply it by itself to square it."),
    Mistake(task=1, when=lambda p, t: abs(p - t),
            say="You dropped the minus sign with abs(). Square the error instead: error times itself."),
    Mistake(task=1, when=lambda p, t: 2 * (p - t),
            say="You doubled the error. Squaring means the error times itself, not times 2."),
    Mistake(task=1, when=lambda p, t: p * p - t * t,
            say="You squared each number on its own. Find the error first, then square the error."),
]

TOLERANCE = 1e-6
