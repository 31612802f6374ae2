from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(x, t, w1, w2):
    spec = {"x": x, "target": t, "w1": w1, "w2": w2}
    return [final_value("backprop", {**spec, "show": "grad_w1"}),
            final_value("backprop", {**spec, "show": "grad_w2"})]


def _e(x, t, w1, w2):
    return x * w1 * w2 - t


PROBES = [
    Probe(task=1, call="slopes", args=(2, 1, 0.5, 0.8), expect=_anchor(2, 1, 0.5, 0.8)),
    Probe(task=1, call="slopes", args=(1.5, -1, -0.3, 1.2), expect=_anchor(1.5, -1, -0.3, 1.2)),
    Probe(task=1, call="slopes", args=(3, 2, 0.25, -0.5)),
    Probe(task=1, call="slopes", args=random_floats(4, -3, 3)),
    Probe(task=1, call="slopes", args=random_floats(4, -3, 3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, t, w1, w2: [_e(x, t, w1, w2) * w2 * x, _e(x, t, w1, w2) * x * w1],
            say="Did you forget the 2 in 2 × error?"),
    Mistake(task=1, when=lambda x, t, w1, w2: [2 * _e(x, t, w1, w2) * x, 2 * _e(x, t, w1, w2) * x * w1],
            say="The slope for w1 is missing w2. The error flows back to the hidden neuron along w2: multiply by it."),
    Mistake(task=1, when=lambda x, t, w1, w2: [2 * _e(x, t, w1, w2) * x * w1, 2 * _e(x, t, w1, w2) * w2 * x],
            say="Your two slopes are the wrong way round. Return [slope for w1, slope for w2]."),
    Mistake(task=1, when=lambda x, t, w1, w2: [-2 * _e(x, t, w1, w2) * w2 * x, -2 * _e(x, t, w1, w2) * x * w1],
            say="Your slopes have the wrong sign. The error is output − target."),
    Mistake(task=1, when=lambda x, t, w1, w2: [2 * _e(x, t, w1, w2) * w2, 2 * _e(x, t, w1, w2)],
            say="Each slope needs the number its weight was multiplied by: x for w1, hidden for w2."),
]
