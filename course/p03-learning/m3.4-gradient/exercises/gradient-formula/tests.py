from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="gradient", args=(2, 5, 0.1, 0), expect=final_value("gradient", {"x": 2, "target": 5, "w": 0.1})),
    Probe(task=1, call="gradient", args=(3, 1, 1, 0.5), expect=final_value("gradient", {"x": 3, "target": 1, "w": 1, "b": 0.5})),
    Probe(task=1, call="gradient", args=(2, 5, 2.5, 0)),
    Probe(task=1, call="gradient", args=(-1.5, 2, 0.4, -0.5)),
    Probe(task=1, call="gradient", args=random_floats(4)),
    Probe(task=1, call="gradient", args=random_floats(4)),
]


def _e(x, t, w, b):
    return x * w + b - t


MISTAKES = [
    Mistake(task=1, when=lambda x, t, w, b: 2 * (t - (x * w + b)) * x,
            say="The sign is flipped. The error is output − target."),
    Mistake(task=1, when=lambda x, t, w, b: _e(x, t, w, b) * x,
            say="You forgot the 2. The shortcut is 2 × error × input."),
    Mistake(task=1, when=lambda x, t, w, b: 2 * _e(x, t, w, b),
            say="You forgot to multiply by the input. 2 × error alone is the slope for the bias."),
    Mistake(task=1, when=lambda x, t, w, b: 2 * (x * w - t) * x,
            say="The prediction needs the bias: x × w + b."),
    Mistake(task=1, when=lambda x, t, w, b: _e(x, t, w, b) ** 2,
            say="That is the loss. The gradient is its slope: 2 × error × input."),
    Mistake(task=1, when=lambda x, t, w, b: 2 * _e(x, t, w, b) * w,
            say="Multiply by the input x, not by the weight."),
]

TOLERANCE = 1e-6
