import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

PROBES = [
    Probe(task=1, call="grow", args=(12,), expect=final_value("e_limit", {"n": 12})),
    Probe(task=1, call="grow", args=(1,), expect=final_value("e_limit", {"n": 1})),
    Probe(task=1, call="grow", args=(2,)),
    Probe(task=1, call="grow", args=(365,)),
    Probe(task=1, call="grow", args=lambda rng: (rng.randint(3, 5000),)),
    Probe(task=2, call="gap_to_e", args=(365,), expect=math.e - final_value("e_limit", {"n": 365})),
    Probe(task=2, call="gap_to_e", args=(1,)),
    Probe(task=2, call="gap_to_e", args=(10000,)),
]

MISTAKES = [
    Mistake(task=1, when=lambda n: 1 + (1 / n) ** n,
            say="Mind the brackets: (1 + 1 / n) ** n. Without them, only 1 / n gets the power."),
    Mistake(task=1, when=lambda n: (1 + 1 / n) * n,
            say="You multiplied by n. It grows n times: raise to the power n with **."),
    Mistake(task=1, when=lambda n: (1 + n) ** n,
            say="Each part grows by 1 ÷ n, not by n."),
    Mistake(task=2, when=lambda n: (1 + 1 / n) ** n - math.e,
            say="Wrong way round: take grow(n) away from e, so the gap is above 0."),
]
