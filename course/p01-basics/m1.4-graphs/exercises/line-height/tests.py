from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="line_y", args=(2, 1, 3), expect=final_value("line_point", {"m": 2, "c": 1, "x": 3})),
    Probe(task=1, call="line_y", args=(-0.5, 4, 6), expect=final_value("line_point", {"m": -0.5, "c": 4, "x": 6})),
    Probe(task=1, call="line_y", args=(3, -2, 0)),
    Probe(task=1, call="line_y", args=(0, 2.5, -3)),
    Probe(task=1, call="line_y", args=random_floats(3)),
    Probe(task=2, call="double_line", args=(3,), expect=final_value("line_point", {"m": 2, "c": 0, "x": 3})),
    Probe(task=2, call="double_line", args=(-1.5,)),
    Probe(task=2, call="double_line", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda m, c, x: m * x, say="Did you forget to add c?"),
    Mistake(task=1, when=lambda m, c, x: m * (x + c), say="Add c after multiplying, not before."),
    Mistake(task=1, when=lambda m, c, x: c * x + m, say="You swapped m and c. m multiplies x; c is added on."),
    Mistake(task=2, when=lambda x: 2 * x + 1, say="y = 2x adds nothing on, so c is 0."),
    Mistake(task=2, when=lambda x: 2 + x, say="2x means 2 times x, not 2 plus x."),
]
