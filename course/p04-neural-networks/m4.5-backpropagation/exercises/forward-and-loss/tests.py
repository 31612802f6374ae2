from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(x, t, w1, w2):
    return final_value("backprop", {"x": x, "target": t, "w1": w1, "w2": w2, "show": "loss"})


def _out(x, t, w1, w2):
    return x * w1 * w2


PROBES = [
    Probe(task=1, call="forward_loss", args=(2, 1, 0.5, 0.8), expect=_anchor(2, 1, 0.5, 0.8)),
    Probe(task=1, call="forward_loss", args=(1.5, -1, -0.3, 1.2), expect=_anchor(1.5, -1, -0.3, 1.2)),
    Probe(task=1, call="forward_loss", args=(3, 2, 0.25, -0.5)),
    Probe(task=1, call="forward_loss", args=random_floats(4, -3, 3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, t, w1, w2: _out(x, t, w1, w2) - t,
            say="You returned the error. The loss is the error times itself."),
    Mistake(task=1, when=lambda x, t, w1, w2: _out(x, t, w1, w2),
            say="You returned the output. Work out the error and square it."),
    Mistake(task=1, when=lambda x, t, w1, w2: (x * w2 - t) ** 2,
            say="The input goes through w1 first: hidden = x × w1, then output = hidden × w2."),
    Mistake(task=1, when=lambda x, t, w1, w2: abs(_out(x, t, w1, w2) - t),
            say="The loss is the error times itself, not the size of the error."),
]
