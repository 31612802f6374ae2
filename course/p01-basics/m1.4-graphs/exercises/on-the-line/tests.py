from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

SEVEN = final_value("line_point", {"m": 2, "c": 1, "x": 3})

PROBES = [
    Probe(task=1, call="on_line", args=(2, 1, 3, SEVEN), expect=True, name="on_line(2, 1, 3, 7)"),
    Probe(task=1, call="on_line", args=(2, 1, 3, 6), expect=False),
    Probe(task=1, call="on_line", args=(0.1, 0.2, 1, 0.3), expect=True),
    Probe(task=1, call="on_line", args=(-1, 4, 2, 2), expect=True),
    Probe(task=1, call="on_line", args=(-1, 4, 2, -2), expect=False),
    Probe(task=1, call="on_line", args=(1, 0, 5, 6), expect=False),
    Probe(task=2, call="crosses_x_axis", args=(2, -4), expect=2),
    Probe(task=2, call="crosses_x_axis", args=(-0.5, 3), expect=6),
    Probe(task=2, call="crosses_x_axis", args=(3, 1.5)),
    Probe(task=2, call="crosses_x_axis", args=lambda rng: (rng.choice([-3, -2, -1, 1, 2, 4]), rng.randint(-9, 9))),
]

MISTAKES = [
    Mistake(task=1, when=lambda m, c, x, y: m * x + c == y,
            say="== is too strict for floats. Check that the gap is smaller than 0.000001."),
    Mistake(task=1, when=lambda m, c, x, y: m * x + c - y < 0.000001,
            say="Below the line also counted as on it. Use abs on the gap."),
    Mistake(task=1, when=lambda m, c, x, y: abs(m * y + c - x) < 0.000001,
            say="You swapped x and y. x is along, y is up: compare m × x + c with y."),
    Mistake(task=2, when=lambda m, c: c / m, say="Wrong sign. m × x must be −c, so x is −c ÷ m."),
    Mistake(task=2, when=lambda m, c: -m / c, say="Upside down: divide −c by m."),
    Mistake(task=2, when=lambda m, c: c, say="c is where the line crosses the y-axis. You want where y is 0."),
]
