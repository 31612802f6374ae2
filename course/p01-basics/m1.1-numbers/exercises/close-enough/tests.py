from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

# What a computer really gets for 0.1 + 0.2 (0.30000000000000004), from the worked example.
POINT_THREE = final_value("float_sum", {"a": 0.1, "b": 0.2})

PROBES = [
    Probe(task=1, call="gap", args=(3, 5), expect=2),
    Probe(task=1, call="gap", args=(5, 3), expect=2),
    Probe(task=1, call="gap", args=(POINT_THREE, 0.3), expect=POINT_THREE - 0.3),
    Probe(task=1, call="gap", args=(-2, 4.5)),
    Probe(task=1, call="gap", args=random_floats(2)),
    Probe(task=2, call="close_enough", args=(POINT_THREE, 0.3), expect=True,
          name="close_enough(0.1 + 0.2, 0.3)"),
    Probe(task=2, call="close_enough", args=(0.3, POINT_THREE), expect=True,
          name="close_enough(0.3, 0.1 + 0.2)"),
    Probe(task=2, call="close_enough", args=(1, 2), expect=False),
    Probe(task=2, call="close_enough", args=(2, 1), expect=False),
    Probe(task=2, call="close_enough", args=(0.5, 0.5), expect=True),
    Probe(task=2, call="close_enough", args=(0.001, 0.002), expect=False),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b: a - b,
            say="Your gap has a minus sign when a is smaller than b. Use abs to drop it."),
    Mistake(task=1, when=lambda a, b: b - a,
            say="Your gap has a minus sign when b is smaller than a. Use abs to drop it."),
    Mistake(task=1, when=lambda a, b: abs(a) - abs(b),
            say="Take b away from a first, then use abs on the answer."),
    Mistake(task=2, when=lambda a, b: a == b,
            say="That is what == says. Floats are often a tiny bit off, so check that the gap is smaller than 0.000001."),
    Mistake(task=2, when=lambda a, b: a - b < 0.000001,
            say="When a is smaller than b, a − b is below zero, so it always looks close. Use your gap function."),
    Mistake(task=2, when=lambda a, b: abs(a - b),
            say="You returned the gap itself. Return True or False: is the gap smaller than 0.000001?"),
]
