from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _factor(x, lr, target=5, w=0.1):
    """The error after one iteration divided by the error before, both from fromzero.explain."""
    before = x * w - target
    after = final_value("gradient_descent", {"x": x, "target": target, "w": w, "lr": lr, "iterations": 1,
                                             "show": "prediction"}) - target
    return after / before


def _args(rng):
    return (rng.choice([0.5, 1, 2, 3]), rng.choice([0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.6]))


PROBES = [
    Probe(task=1, call="error_factor", args=(2, 0.2), expect=_factor(2, 0.2)),
    Probe(task=1, call="error_factor", args=(2, 0.3), expect=_factor(2, 0.3)),
    Probe(task=1, call="error_factor", args=(1, 0.05)),
    Probe(task=1, call="error_factor", args=(3, 0.01)),
    Probe(task=1, call="error_factor", args=_args),
    Probe(task=2, call="verdict", args=(2, 0.01), expect="slow"),
    Probe(task=2, call="verdict", args=(2, 0.05), expect="good"),
    Probe(task=2, call="verdict", args=(2, 0.2), expect="bounces"),
    Probe(task=2, call="verdict", args=(2, 0.3), expect="blows up"),
    Probe(task=2, call="verdict", args=(2, 0.25)),
    Probe(task=2, call="verdict", args=(1, 2)),
    Probe(task=2, call="verdict", args=_args),
]


def _f(x, lr):
    return 1 - 2 * lr * x * x


def _v(f, blow=lambda f: abs(f) >= 1):
    if blow(f):
        return "blows up"
    if f < 0:
        return "bounces"
    if f > 0.9:
        return "slow"
    return "good"


MISTAKES = [
    Mistake(task=1, when=lambda x, lr: 1 - 2 * lr * x,
            say="Multiply by x twice: 1 − 2 × learning rate × x × x."),
    Mistake(task=1, when=lambda x, lr: 1 - lr * x * x,
            say="You forgot the 2: 1 − 2 × learning rate × x × x."),
    Mistake(task=1, when=lambda x, lr: 2 * lr * x * x - 1,
            say="The sign is flipped. Start from 1 and take away 2 × learning rate × x × x."),
    Mistake(task=2, when=lambda x, lr: _v(_f(x, lr), blow=lambda f: abs(f) > 1),
            say="At exactly −1 the error never shrinks: it bounces for ever. Count it as \"blows up\" (use >=)."),
    Mistake(task=2, when=lambda x, lr: _v(_f(x, lr), blow=lambda f: f >= 1),
            say="A factor of −1 or less blows up too: the error flips and grows. Use abs(f) >= 1."),
]

TOLERANCE = 1e-6
