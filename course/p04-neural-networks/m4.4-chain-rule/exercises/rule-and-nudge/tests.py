from fromzero.course.markdown import final_value
from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _c(a, m):
    return (m * a) * (m * a)


PROBES = [
    Probe(task=1, call="rule_rate", args=(2, 3), expect=final_value("chain_nudge", {"a": 2, "m": 3})),
    Probe(task=1, call="rule_rate", args=(-1, 3), expect=final_value("chain_nudge", {"a": -1, "m": 3})),
    Probe(task=1, call="rule_rate", args=(1.5, -2)),
    Probe(task=1, call="rule_rate", args=random_floats(2, -3, 3)),
    Probe(task=2, call="nudge_rate", args=(2, 3, 0.001),
          expect=explain("chain_nudge", a=2, m=3, h=0.001)[6].value),
    Probe(task=2, call="nudge_rate", args=(-1, 0.5, 0.01)),
    Probe(task=2, call="nudge_rate", args=lambda rng: (*random_floats(2, -3, 3)(rng), 0.001)),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, m: 2 * m * a,
            say="That is only the second link's rate, 2 × b. Multiply it by the first link's rate, m."),
    Mistake(task=1, when=lambda a, m: m * m * a,
            say="The rate of b × b is 2 × b. Did you forget the 2?"),
    Mistake(task=1, when=lambda a, m: m + 2 * m * a,
            say="You added the two rates. The chain rule multiplies them."),
    Mistake(task=1, when=lambda a, m: _c(a, m),
            say="You returned c itself. Return the rate: how much c moves per 1 that a moves."),
    Mistake(task=2, when=lambda a, m, h: _c(a + h, m) - _c(a, m),
            say="Divide the change in c by the nudge h."),
    Mistake(task=2, when=lambda a, m, h: ((m * a + h) ** 2 - _c(a, m)) / h,
            say="You nudged b, not a. Add h to a, then work out b and c again."),
    Mistake(task=2, when=lambda a, m, h: (_c(a, m) - _c(a + h, m)) / h,
            say="Your answer has the wrong sign: take c at a + h minus c at a, not the other way."),
]
