import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

RUN = {"x": 2, "target": 5, "w": 0.1, "iterations": 400, "every": 50, "show": "weight"}
BROKE = final_value("descent_table", {**RUN, "lr": 1})  # a learning rate of 1 ends in NaN
FINE = final_value("descent_table", {**RUN, "lr": 0.05})  # 0.05 ends near 2.5

PROBES = [
    Probe(task=1, call="is_broken", args=(BROKE,), expect=not math.isfinite(BROKE)),
    Probe(task=1, call="is_broken", args=(FINE,), expect=not math.isfinite(FINE)),
    Probe(task=1, call="is_broken", args=(math.inf,)),
    Probe(task=1, call="is_broken", args=(-math.inf,)),
    Probe(task=1, call="is_broken", args=(0,)),
    Probe(task=1, call="is_broken", args=(1e308,)),
    Probe(task=1, call="is_broken", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda v: math.isnan(v),
            say="Infinity is broken too. Use math.isfinite(value): it is False for infinity and for NaN."),
    Mistake(task=1, when=lambda v: math.isinf(v),
            say="NaN is broken too. Use math.isfinite(value): it is False for infinity and for NaN."),
    Mistake(task=1, when=lambda v: v == math.inf,
            say="Minus infinity and NaN are broken too. Use math.isfinite(value)."),
    Mistake(task=1, when=lambda v: math.isfinite(v),
            say="That is the other way round: True should mean broken. Put `not` in front."),
]

TOLERANCE = 1e-6
