from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="square", args=(5,), expect=final_value("power", {"base": 5, "exponent": 2})),
    Probe(task=1, call="square", args=(3,)),
    Probe(task=1, call="square", args=(-4,)),
    Probe(task=1, call="square", args=(0.5,)),
    Probe(task=1, call="square", args=random_floats(1)),
    Probe(task=2, call="cube", args=(2,), expect=final_value("power", {"base": 2, "exponent": 3})),
    Probe(task=2, call="cube", args=(3,)),
    Probe(task=2, call="cube", args=(-2,)),
    Probe(task=2, call="cube", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: x * 2, say="You doubled x. Squaring is x times itself: x * x."),
    Mistake(task=1, when=lambda x: x + x, say="You added x to itself. Squaring multiplies: x * x."),
    Mistake(task=2, when=lambda x: x * 3, say="You multiplied by 3. A cube is x * x * x."),
    Mistake(task=2, when=lambda x: x * x, say="That is the square. The cube needs one more x: x * x * x."),
    Mistake(task=2, when=lambda x: x * x * x * x, say="That is four x's. The cube has three."),
]
