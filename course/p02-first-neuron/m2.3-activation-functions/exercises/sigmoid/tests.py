import math

from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_floats


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


PROBES = [
    Probe(task=1, call="sigmoid", args=(2,), expect=_final("sigmoid", x=2)),
    Probe(task=1, call="sigmoid", args=(0,), expect=_final("sigmoid", x=0)),
    Probe(task=1, call="sigmoid", args=(-3,), expect=_final("sigmoid", x=-3)),
    Probe(task=1, call="sigmoid", args=(5,)),
    Probe(task=1, call="sigmoid", args=(0.25,)),
    Probe(task=1, call="sigmoid", args=random_floats(1)),
    Probe(task=2, call="squash_all", args=([2, 0, -3],),
          expect=[_final("sigmoid", x=v) for v in (2, 0, -3)]),
    Probe(task=2, call="squash_all", args=([10, -10, 4.3, 1],)),
    Probe(task=2, call="squash_all", args=([],)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: 1 / (1 + math.exp(x)),
            say="Did you forget the minus sign? You need e to the power -x."),
    Mistake(task=1, when=lambda x: 1 / math.exp(-x),
            say="Did you forget to add 1 before dividing?"),
    Mistake(task=1, when=lambda x: 1 + math.exp(-x),
            say="You got 1 + e to the power -x, which is only step 3. Divide 1 by all of it, "
                "with brackets: 1 / (1 + math.exp(-x))."),
    Mistake(task=1, when=lambda x: 1 / (1 + 2.718 ** -x),
            say="You used 2.718 for e. That is a little short of e. Use math.exp(-x) instead."),
    Mistake(task=2, when=lambda numbers: 1 / (1 + math.exp(-numbers[0])),
            say="You returned one number. Return a list with one answer per number."),
    Mistake(task=2, when=lambda numbers: list(numbers),
            say="You returned the numbers unchanged. Put each one through sigmoid."),
    Mistake(task=2, when=lambda numbers: [1 / (1 + math.exp(-n)) for n in numbers[:-1]],
            say="The last number is missing. Make sure the loop visits every number."),
]

TOLERANCE = 1e-9
