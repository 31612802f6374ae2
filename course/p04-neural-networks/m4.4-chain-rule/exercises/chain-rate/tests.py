import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _random(rng):
    return ([round(rng.uniform(-3, 3), 1) for _ in range(rng.randint(2, 5))],)


PROBES = [
    Probe(task=1, call="chain_rate", args=([3, 2],), expect=final_value("chain_rule", {"rates": [3, 2]})),
    Probe(task=1, call="chain_rate", args=([3, 2, 0.5],), expect=final_value("chain_rule", {"rates": [3, 2, 0.5]})),
    Probe(task=1, call="chain_rate", args=([-2, 1.5],), expect=final_value("chain_rule", {"rates": [-2, 1.5]})),
    Probe(task=1, call="chain_rate", args=([7],)),
    Probe(task=1, call="chain_rate", args=_random),
    Probe(task=1, call="chain_rate", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda rates: sum(rates),
            say="You added the rates. The chain rule multiplies them."),
    Mistake(task=1, when=lambda rates: 0,
            say="Your product is always 0. Start the running product at 1, not 0."),
    Mistake(task=1, when=lambda rates: math.prod(rates[:-1]),
            say="The last link is missing. Multiply every rate: loop over all of them."),
    Mistake(task=1, when=lambda rates: abs(math.prod(rates)),
            say="You dropped the minus sign. A negative rate means the other way: keep it."),
    Mistake(task=1, when=lambda rates: rates[-1],
            say="You returned only the last rate. Multiply all the rates together."),
]
