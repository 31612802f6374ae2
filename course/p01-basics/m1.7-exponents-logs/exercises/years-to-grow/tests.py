import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

PROBES = [
    Probe(task=1, call="log_base", args=(50, 10), expect=final_value("log", {"x": 50, "base": 10})),
    Probe(task=1, call="log_base", args=(0.5, 2), expect=final_value("log", {"x": 0.5, "base": 2})),
    Probe(task=1, call="log_base", args=(8, 2)),
    Probe(task=1, call="log_base", args=(10, math.e)),
    Probe(task=1, call="log_base", args=lambda rng: (rng.randint(1, 999) / 10, rng.choice([2, 3, 10]))),
    Probe(task=2, call="years_to_grow", args=(1, 8), expect=math.ceil(final_value("log", {"x": 8, "base": 2}))),
    Probe(task=2, call="years_to_grow", args=(0.1, 2)),
    Probe(task=2, call="years_to_grow", args=(0.05, 3)),
    Probe(task=2, call="years_to_grow", args=(0.5, 10)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, base: math.log(base) / math.log(x), say="Upside down: ln(x) goes on top."),
    Mistake(task=1, when=lambda x, base: math.log(x) - math.log(base), say="Divide the two logarithms, do not take one from the other."),
    Mistake(task=1, when=lambda x, base: math.log(x), say="That is ln(x), base e. Divide by ln(base) for another base."),
    Mistake(task=2, when=lambda rate, target: math.log(target) / math.log(1 + rate),
            say="Round up to a whole number of years with math.ceil."),
    Mistake(task=2, when=lambda rate, target: round(math.log(target) / math.log(1 + rate)),
            say="round can go down. Part of a year still counts as a whole year: use math.ceil."),
    Mistake(task=2, when=lambda rate, target: math.ceil(math.log(target) / math.log(rate)),
            say="The base is 1 + rate: each year the money is multiplied by 1 + rate, not by rate."),
]

TOLERANCE = 1e-6
