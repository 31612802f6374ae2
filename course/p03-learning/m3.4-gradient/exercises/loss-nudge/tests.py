from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _args(rng):
    return (rng.choice([-2, -1, 0.5, 1, 3]), round(rng.uniform(-5, 5), 1), round(rng.uniform(-3, 3), 2))


def _nargs(rng):
    return (*_args(rng), rng.choice([0.1, 0.01, 0.001]))


def _l(x, t, w):
    return (x * w - t) * (x * w - t)


PROBES = [
    Probe(task=1, call="loss", args=(2, 5, 0.1), expect=final_value("example_loss", {"x": 2, "target": 5, "w": 0.1})),
    Probe(task=1, call="loss", args=(2, 5, 2.5)),
    Probe(task=1, call="loss", args=(-1.5, 2, 0.4)),
    Probe(task=1, call="loss", args=_args),
    Probe(task=2, call="nudge_gradient", args=(2, 5, 0.1, 0.001),
          expect=final_value("loss_nudge", {"x": 2, "target": 5, "w": 0.1, "h": 0.001})),
    Probe(task=2, call="nudge_gradient", args=(2, 5, 0.1, 0.1),
          expect=final_value("loss_nudge", {"x": 2, "target": 5, "w": 0.1, "h": 0.1})),
    Probe(task=2, call="nudge_gradient", args=(3, 1, 1, 0.01)),
    Probe(task=2, call="nudge_gradient", args=_nargs),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, t, w: x * w - t,
            say="That is the error. Multiply it by itself to get the loss."),
    Mistake(task=1, when=lambda x, t, w: x * w * x * w - t * t,
            say="Square the error, not each number: (x × w − target) times itself."),
    Mistake(task=2, when=lambda x, t, w, h: _l(x, t, w + h) - _l(x, t, w),
            say="That is the change in the loss. Divide it by the nudge."),
    Mistake(task=2, when=lambda x, t, w, h: (_l(x, t, w) - _l(x, t, w + h)) / h,
            say="The sign is flipped. Take new loss − old loss."),
    Mistake(task=2, when=lambda x, t, w, h: (_l(x + h, t, w) - _l(x, t, w)) / h,
            say="You nudged the input. Nudge the weight: it is the knob we can change."),
]

TOLERANCE = 1e-6
