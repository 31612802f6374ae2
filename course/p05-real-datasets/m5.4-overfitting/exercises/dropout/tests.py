from fromzero.explain import explain
from fromzero.grading import Mistake, Probe


def _anchor(values, mask, rate):
    """The value of each position, from the worked steps (steps 2 to n + 1)."""
    steps = explain("dropout", values=values, mask=mask, rate=rate)
    return [s.value for s in steps[1:1 + len(values)]]


def _random(rng):
    n = rng.randint(4, 10)
    rate = rng.choice([0.2, 0.25, 0.5, 0.75, 0.8])
    values = [round(rng.uniform(-2, 3), 1) for _ in range(n)]
    mask = [rng.choice([0, 1]) for _ in range(n)]
    mask[0] = 1  # at least one kept value, so that the scaling shows
    return (values, mask, rate)


EXAMPLE = ([1.2, 0.4, 2.0, 0.8, 1.6, 0.5], [1, 0, 1, 1, 0, 1], 0.5)
QUARTER = ([0.7, 0.3, 0.9, 0.1], [0, 1, 0, 1], 0.25)

PROBES = [
    Probe(task=1, call="dropout", args=EXAMPLE, expect=_anchor(*EXAMPLE)),
    Probe(task=1, call="dropout", args=QUARTER, expect=_anchor(*QUARTER)),
    Probe(task=1, call="dropout", args=([3, -1, 2], [1, 1, 1], 0), expect=[3, -1, 2]),
    Probe(task=1, call="dropout", args=([2, 4, 6], [0, 0, 1], 0.9)),
    Probe(task=1, call="dropout", args=_random),
    Probe(task=1, call="dropout", args=_random),
]


def _kept(values, mask):
    return [v if m == 1 else 0 for v, m in zip(values, mask)]


MISTAKES = [
    Mistake(task=1, when=lambda v, m, r: _kept(v, m),
            say="You dropped the right values but forgot to scale the kept ones. Multiply each "
                "kept value by 1 / (1 - rate), so the total stays the same on average."),
    Mistake(task=1, when=lambda v, m, r: [x * r for x in _kept(v, m)],
            say="You multiplied the kept values by the rate. Divide by (1 - rate) instead: "
                "for rate 0.25 the kept ones grow a little, they do not shrink."),
    Mistake(task=1, when=lambda v, m, r: [x * (1 - r) for x in _kept(v, m)],
            say="You multiplied the kept values by (1 - rate), which makes them smaller. "
                "Divide by (1 - rate) so they make up for the dropped ones."),
    Mistake(task=1, when=lambda v, m, r: [x / (1 - r) if k == 0 else 0 for x, k in zip(v, m)],
            say="You dropped the values the mask keeps. A mask entry of 1 means keep; 0 means "
                "drop."),
]

TOLERANCE = 1e-9
