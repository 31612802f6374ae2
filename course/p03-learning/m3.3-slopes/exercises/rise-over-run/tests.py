from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _points(rng):
    x1 = round(rng.uniform(-5, 5), 1)
    return (x1, round(rng.uniform(-5, 5), 1), round(x1 + rng.choice([-3, -1.5, 0.5, 2, 4]), 1),
            round(rng.uniform(-5, 5), 1))


PROBES = [
    Probe(task=1, call="rise_over_run", args=(1, 2, 3, 6),
          expect=final_value("rise_over_run", {"x1": 1, "y1": 2, "x2": 3, "y2": 6})),
    Probe(task=1, call="rise_over_run", args=(0, 5, 4, 3),
          expect=final_value("rise_over_run", {"x1": 0, "y1": 5, "x2": 4, "y2": 3})),
    Probe(task=1, call="rise_over_run", args=(-1, 0.5, 1.5, 0.5)),
    Probe(task=1, call="rise_over_run", args=(2, 1, 7, 11)),
    Probe(task=1, call="rise_over_run", args=_points),
    Probe(task=1, call="rise_over_run", args=_points),
]

MISTAKES = [
    Mistake(task=1, when=lambda x1, y1, x2, y2: (x2 - x1) / (y2 - y1),
            say="You divided the run by the rise. The slope is rise ÷ run."),
    Mistake(task=1, when=lambda x1, y1, x2, y2: (y1 - y2) / (x2 - x1),
            say="The sign is flipped. The rise is new height − old height: y2 − y1."),
    Mistake(task=1, when=lambda x1, y1, x2, y2: y2 - y1,
            say="That is only the rise. Divide it by the run, x2 − x1."),
    Mistake(task=1, when=lambda x1, y1, x2, y2: y2 / x2,
            say="You divided the second point's height by its x. Use the differences: (y2 − y1) ÷ (x2 − x1)."),
]

TOLERANCE = 1e-6
