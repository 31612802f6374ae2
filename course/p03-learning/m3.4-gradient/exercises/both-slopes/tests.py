from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(x, target, w, b=0):
    inputs = {"x": x, "target": target, "w": w, "b": b}
    return [final_value("gradient", inputs), final_value("gradient", {**inputs, "knob": "b"})]


def _check_args(rng):
    return (*[round(rng.uniform(-3, 3), 2) for _ in range(4)], rng.choice([0.1, 0.01, -0.01, -0.001]))


PROBES = [
    Probe(task=1, call="gradients", args=(2, 5, 0.1, 0), expect=_anchor(2, 5, 0.1)),
    Probe(task=1, call="gradients", args=(3, 1, 1, 0.5), expect=_anchor(3, 1, 1, 0.5)),
    Probe(task=1, call="gradients", args=(2, 5, 2, 1)),
    Probe(task=1, call="gradients", args=random_floats(4)),
    Probe(task=2, call="gradient_check", args=(2, 5, 0.1, 0, 0.001)),
    Probe(task=2, call="gradient_check", args=(2, 5, 0.1, 0, 0.1)),
    Probe(task=2, call="gradient_check", args=(0.5, 2, 0.5, 3, 0.01)),
    Probe(task=2, call="gradient_check", args=(2, 5, 0.1, 0, -0.01)),
    Probe(task=2, call="gradient_check", args=_check_args),
]


def _e(x, t, w, b):
    return x * w + b - t


def _l(x, t, w, b):
    return _e(x, t, w, b) ** 2


def _gaps(x, t, w, b, h):
    sw, sb = 2 * _e(x, t, w, b) * x, 2 * _e(x, t, w, b)
    nw = (_l(x, t, w + h, b) - _l(x, t, w, b)) / h
    nb = (_l(x, t, w, b + h) - _l(x, t, w, b)) / h
    return nw - sw, nb - sb


MISTAKES = [
    Mistake(task=1, when=lambda x, t, w, b: [2 * _e(x, t, w, b), 2 * _e(x, t, w, b) * x],
            say="The two slopes are swapped. Put the weight's slope first, then the bias's."),
    Mistake(task=1, when=lambda x, t, w, b: [-2 * _e(x, t, w, b) * x, -2 * _e(x, t, w, b)],
            say="Both signs are flipped. The error is output − target."),
    Mistake(task=1, when=lambda x, t, w, b: [2 * _e(x, t, w, b) * x, 2 * _e(x, t, w, b) * x],
            say="The bias is not multiplied by the input, so its slope is just 2 × error."),
    Mistake(task=1, when=lambda x, t, w, b: 2 * _e(x, t, w, b) * x,
            say="Return a list of two slopes: [weight's slope, bias's slope]."),
    Mistake(task=2, when=lambda x, t, w, b, h: max(_gaps(x, t, w, b, h)),
            say="A gap has no minus sign. Use abs() on each gap before you compare."),
    Mistake(task=2, when=lambda x, t, w, b, h: abs(_gaps(x, t, w, b, h)[0]),
            say="Only the weight was checked. Check the bias too, and return the bigger gap."),
    Mistake(task=2, when=lambda x, t, w, b, h: abs(_gaps(x, t, w, b, h)[1]),
            say="Only the bias was checked. Check the weight too, and return the bigger gap."),
]

TOLERANCE = 1e-6
