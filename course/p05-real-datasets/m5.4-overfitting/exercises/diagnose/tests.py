from fromzero.grading import Mistake, Probe


def _right(t, v):
    if t < 90:
        return "underfitting"
    return "overfitting" if t - v > 10 else "fine"


def _gap_first(t, v):
    if t - v > 10:
        return "overfitting"
    return "underfitting" if t < 90 else "fine"


def _backwards_gap(t, v):
    if t < 90:
        return "underfitting"
    return "overfitting" if v - t > 10 else "fine"


def _val_too_low(t, v):
    if v < 90:
        return "underfitting"
    return "overfitting" if t - v > 10 else "fine"


def _at_least(t, v):
    if t < 90:
        return "underfitting"
    return "overfitting" if t - v >= 10 else "fine"


def _random(rng):
    t = rng.randint(50, 100)
    return (t, rng.randint(max(0, t - 40), t))


PROBES = [
    Probe(task=1, call="diagnose", args=(99, 75), expect="overfitting"),
    Probe(task=1, call="diagnose", args=(97, 95), expect="fine"),
    Probe(task=1, call="diagnose", args=(60, 58), expect="underfitting"),
    Probe(task=1, call="diagnose", args=(70, 40), expect="underfitting"),
    Probe(task=1, call="diagnose", args=(95, 85), expect="fine"),
    Probe(task=1, call="diagnose", args=(92, 88)),
    Probe(task=1, call="diagnose", args=_random),
    Probe(task=1, call="diagnose", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_gap_first,
            say="Ask about the training accuracy first. Below 90 it is underfitting, even when "
                "the gap is big: it has not learned its own examples yet."),
    Mistake(task=1, when=_backwards_gap,
            say="The gap is train_acc − val_acc. A network that memorises does better on its "
                "training examples, so that gap is big and positive."),
    Mistake(task=1, when=_val_too_low,
            say="Underfitting is about the training accuracy: check train_acc < 90, not val_acc."),
    Mistake(task=1, when=_at_least,
            say="A gap of exactly 10 is still fine: overfitting needs a gap of more than 10 "
                "(use >, not >=)."),
]

assert all(_right(*p.args) == p.expect for p in PROBES if p.expect is not None)
