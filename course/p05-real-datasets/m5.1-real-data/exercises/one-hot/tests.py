from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _box(label, classes=10):
    """The lit position, worked out by fromzero.explain (one_hot), then the list built around it."""
    lit = final_value("one_hot", {"label": label, "classes": classes})
    return [1 if k == lit else 0 for k in range(classes)]


def _random(rng):
    classes = rng.randint(2, 12)
    return (rng.randint(0, classes - 1), classes)


def _shifted(label, classes=10, by=1):
    return [1 if k == label + by else 0 for k in range(classes)]


PROBES = [
    Probe(task=1, call="one_hot", args=(3,), expect=_box(3)),
    Probe(task=1, call="one_hot", args=(0, 10), expect=_box(0, 10)),
    Probe(task=1, call="one_hot", args=(9, 10)),
    Probe(task=1, call="one_hot", args=(1, 2)),
    Probe(task=1, call="one_hot", args=(4, 5)),
    Probe(task=1, call="one_hot", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda label, classes=10: label,
            say="You returned the label itself. Return a list of `classes` numbers with a single 1."),
    Mistake(task=1, when=lambda label, classes=10: _shifted(label, classes, -1),
            say="The 1 is one box too early. Positions count from 0, like the labels: put it at position `label`, not `label - 1`."),
    Mistake(task=1, when=lambda label, classes=10: _shifted(label, classes, 1),
            say="The 1 is one box too late. Positions count from 0, like the labels: put it at position `label`, not `label + 1`."),
    Mistake(task=1, when=lambda label, classes=10: _box(label, classes + 1),
            say="Your list is one box too long. Make exactly `classes` boxes: `[0] * classes`."),
    Mistake(task=1, when=lambda label, classes=10: _box(label, classes)[:-1],
            say="Your list is one box too short. Make exactly `classes` boxes: `[0] * classes`."),
    Mistake(task=1, when=lambda label, classes=10: [0] * classes,
            say="All your boxes are 0. Set the box at position `label` to 1."),
]
