from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _m(x, *rules):
    return final_value("machine", {"x": x, "rules": list(rules)})


PROBES = [
    Probe(task=1, call="double_then_add", args=(3,), expect=_m(3, "× 2", "+ 1")),
    Probe(task=1, call="double_then_add", args=(0,)),
    Probe(task=1, call="double_then_add", args=(-2.5,)),
    Probe(task=1, call="double_then_add", args=random_floats(1)),
    Probe(task=2, call="add_then_double", args=(3,), expect=_m(3, "+ 1", "× 2")),
    Probe(task=2, call="add_then_double", args=(0,)),
    Probe(task=2, call="add_then_double", args=(-2.5,)),
    Probe(task=2, call="add_then_double", args=random_floats(1)),
    Probe(task=3, call="machines_differ", args=(3,), expect=_m(3, "+ 1", "× 2") - _m(3, "× 2", "+ 1")),
    Probe(task=3, call="machines_differ", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: 2 * (x + 1), say="You added first. This machine doubles first, then adds 1."),
    Mistake(task=1, when=lambda x: 2 * x, say="You doubled but forgot to add 1."),
    Mistake(task=2, when=lambda x: 2 * x + 1,
            say="Python did the times first. Put brackets around x + 1 so the adding happens first."),
    Mistake(task=2, when=lambda x: x + 1, say="You added 1 but forgot to double."),
    Mistake(task=3, when=lambda x: -1, say="Wrong way round: take double_then_add(x) away from add_then_double(x)."),
    Mistake(task=3, when=lambda x: 0, say="Both machines gave the same answer. Check tasks 1 and 2 first."),
]
