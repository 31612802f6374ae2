import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="tanh", args=(1,), expect=final_value("tanh", {"x": 1})),
    Probe(task=1, call="tanh", args=(0,), expect=final_value("tanh", {"x": 0})),
    Probe(task=1, call="tanh", args=(-2,), expect=final_value("tanh", {"x": -2})),
    Probe(task=1, call="tanh", args=(0.5,)),
    Probe(task=1, call="tanh", args=random_floats(1, -3, 3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: 1 / (1 + math.exp(-x)),
            say="That is sigmoid, which goes from 0 to 1. tanh goes from −1 to 1: "
                "(e^x − e^−x) ÷ (e^x + e^−x)."),
    Mistake(task=1, when=lambda x: math.exp(x) - math.exp(-x),
            say="You worked out the top, e^x − e^−x, but did not divide by the bottom, "
                "e^x + e^−x."),
    Mistake(task=1, when=lambda x: (math.exp(-x) - math.exp(x)) / (math.exp(x) + math.exp(-x)),
            say="Your answer has the wrong sign. The top is e^x minus e^−x, in that order, "
                "so tanh(1) is above 0."),
    Mistake(task=1, when=lambda x: math.exp(x) - math.exp(-x) / (math.exp(x) + math.exp(-x)),
            say="Python divided before it subtracted. Put brackets around the top and "
                "around the bottom."),
]
TOLERANCE = 1e-6
