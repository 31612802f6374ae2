from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="error", args=(0.5, 0.8),
          expect=final_value("error", {"prediction": 0.5, "target": 0.8})),
    Probe(task=1, call="error", args=(7, 5), expect=final_value("error", {"prediction": 7, "target": 5})),
    Probe(task=1, call="error", args=(3, 3)),
    Probe(task=1, call="error", args=random_floats(2)),
    Probe(task=1, call="error", args=random_floats(2)),
    Probe(task=2, call="too_low", args=(0.5, 0.8), expect=True),
    Probe(task=2, call="too_low", args=(7, 5)),
    Probe(task=2, call="too_low", args=(3, 3)),
    Probe(task=2, call="too_low", args=(-2, -1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda o, t: abs(o - t),
            say="You dropped the minus sign. Keep it: it tells us if the output is too low or too high."),
    Mistake(task=1, when=lambda o, t: t - o,
            say="You took the output away from the target. Work out output − target."),
    Mistake(task=1, when=lambda o, t: o + t,
            say="You added the two numbers. The error is a subtraction: output − target."),
    Mistake(task=2, when=lambda o, t: o > t,
            say="That is 'too high'. The output is too low when the error is below 0."),
    Mistake(task=2, when=lambda o, t: o <= t,
            say="When the output equals the target, it is not too low. Use < rather than <=."),
]

TOLERANCE = 1e-6
