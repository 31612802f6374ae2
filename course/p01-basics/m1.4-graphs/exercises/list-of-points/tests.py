from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _ys(m, c, xs):
    """The anchor: the worked line_point example, once for each x."""
    return [final_value("line_point", {"m": m, "c": c, "x": x}) for x in xs]


PROBES = [
    Probe(task=1, call="line_points", args=(2, 0, [0, 1, 2, 3]), expect=_ys(2, 0, [0, 1, 2, 3])),
    Probe(task=1, call="line_points", args=(-1, 3, [-2, 0, 2]), expect=_ys(-1, 3, [-2, 0, 2])),
    Probe(task=1, call="line_points", args=(0.5, 1, [1.5])),
    Probe(task=1, call="line_points", args=(3, -1, [5, 4, 3, 2, 1])),
    Probe(task=1, call="line_points", args=(1, 1, [])),
    Probe(task=1, call="line_points", args=lambda rng: (rng.randint(-3, 3), rng.randint(-5, 5),
                                                        [rng.randint(-9, 9) for _ in range(4)])),
    Probe(task=2, call="first_points", args=(), expect=_ys(2, 0, [0, 1, 2, 3])),
]

MISTAKES = [
    Mistake(task=1, when=lambda m, c, xs: [m * x + c for x in xs][-1:],
            say="Only the last point is left. Did you make the empty list inside the loop?"),
    Mistake(task=1, when=lambda m, c, xs: [m * x + c for x in xs][:1],
            say="Only the first point came back. Is your return inside the loop?"),
    Mistake(task=1, when=lambda m, c, xs: [m * x for x in xs], say="Did you forget to add c?"),
    Mistake(task=1, when=lambda m, c, xs: m * xs[-1] + c,
            say="You returned one number. Return the whole list of y values."),
]
