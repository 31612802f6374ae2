from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(a, b, c, f):
    spec = {"a": a, "b": b, "c": c, "f": f}
    return [final_value("autograd", {**spec, "show": n}) for n in ("e", "d", "L")]


PROBES = [
    Probe(task=1, call="how_made", args=(2, 3), expect=["+", 2, True, "*", 2, True]),
    Probe(task=1, call="forward_data", args=(2, -3, 10, -2), expect=_anchor(2, -3, 10, -2)),
    Probe(task=2, call="forward_data", args=(1.5, 0.5, -1, 3), expect=_anchor(1.5, 0.5, -1, 3)),
    Probe(task=2, call="forward_data", args=random_floats(4)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, y: ["", 2, True, "", 2, True],
            say="Give each new box its op: \"+\" for add and \"*\" for mul."),
    Mistake(task=1, when=lambda x, y: ["", 0, False, "", 0, False],
            say="The new box must remember its parents and its op: Value(data, (x, y), \"+\")."),
    Mistake(task=1, when=lambda x, y: ["+", 2, False, "*", 2, False],
            say="The parents must be the boxes x and y themselves, not their data."),
    Mistake(task=2, when=lambda a, b, c, f: [a + b, a + b + c, (a + b + c) + f],
            say="mul adds instead of multiplying. Use x.data * y.data."),
    Mistake(task=1, when=lambda a, b, c, f: [a * b, a * b * c, a * b * c * f],
            say="add multiplies instead of adding. Use x.data + y.data."),
]
