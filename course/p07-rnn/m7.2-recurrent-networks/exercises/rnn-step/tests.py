import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

LESSON = {"x": 1, "h": 0, "w_x": 0.5, "w_h": 0.8, "b": 0}
SECOND = {"x": 0, "h": 0.4621, "w_x": 0.5, "w_h": 0.8, "b": 0}
MIXED = {"x": -1, "h": 0.5, "w_x": 1.5, "w_h": -0.7, "b": 0.25}


def _args(d):
    return (d["x"], d["h"], d["w_x"], d["w_h"], d["b"])


PROBES = [
    Probe(task=1, call="rnn_step", args=_args(LESSON), expect=final_value("rnn_step", LESSON),
          name="the lesson's first step"),
    Probe(task=1, call="rnn_step", args=_args(SECOND), expect=final_value("rnn_step", SECOND),
          name="the lesson's second step: only the memory speaks"),
    Probe(task=1, call="rnn_step", args=_args(MIXED), expect=final_value("rnn_step", MIXED)),
    Probe(task=1, call="rnn_step", args=(2, -0.9, 1.2, 0.6, -0.3)),
    Probe(task=1, call="rnn_step", args=random_floats(5, -2, 2)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, h, w_x, w_h, b: math.tanh(w_x * x + b),
            say="You left out the old memory. The new memory needs w_h × h too: that is "
                "how the network remembers what came before."),
    Mistake(task=1, when=lambda x, h, w_x, w_h, b: w_x * x + w_h * h + b,
            say="You returned the weighted sum without tanh. Squash it with tanh, so the "
                "memory stays between −1 and 1."),
    Mistake(task=1, when=lambda x, h, w_x, w_h, b: 1 / (1 + math.exp(-(w_x * x + w_h * h + b))),
            say="You used sigmoid, which goes from 0 to 1. A recurrent step uses tanh, so "
                "the memory can go below 0 too."),
    Mistake(task=1, when=lambda x, h, w_x, w_h, b: math.tanh(w_x * h + w_h * x + b),
            say="You swapped the weights: w_x goes with the input x, and w_h with the old "
                "memory h."),
]
TOLERANCE = 1e-6
