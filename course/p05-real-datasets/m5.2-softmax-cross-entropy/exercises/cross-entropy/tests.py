import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(chances, target):
    return final_value("cross_entropy", {"chances": chances, "target": target})


def _example(rng):
    n = rng.randint(3, 10)
    weights = [rng.uniform(0.1, 1) for _ in range(n)]
    total = sum(weights)
    chances = [round(w / total, 4) for w in weights]
    return (chances, rng.randrange(n))


PROBES = [
    # Anchor: the lesson's example, computed by fromzero.explain.
    Probe(task=1, call="cross_entropy", args=([0.35, 0.25, 0.4], 2), expect=_anchor([0.35, 0.25, 0.4], 2)),
    Probe(task=1, call="cross_entropy", args=([0.1, 0.7, 0.2], 0), expect=_anchor([0.1, 0.7, 0.2], 0)),
    Probe(task=1, call="cross_entropy", args=([0.5, 0.5], 1)),
    Probe(task=1, call="cross_entropy", args=([1.0, 0.0], 0)),
    Probe(task=1, call="cross_entropy", args=_example),
    Probe(task=1, call="cross_entropy", args=_example),
]

MISTAKES = [
    Mistake(task=1, when=lambda chances, target: math.log(chances[target]),
            say="You forgot the minus sign. The ln of a chance below 1 is below 0; flip the sign so the loss is 0 or more."),
    Mistake(task=1, when=lambda chances, target: -math.log(max(chances)),
            say="You used the biggest chance. Use the chance of the right class: chances[target]."),
    Mistake(task=1, when=lambda chances, target: -math.log10(chances[target]),
            say="You used log base 10. Cross-entropy uses ln: math.log(x) with one input."),
    Mistake(task=1, when=lambda chances, target: -math.log(chances[target - 1]),
            say="That is the chance of the class before the right one. Positions start at 0: use chances[target]."),
    Mistake(task=1, when=lambda chances, target: chances[target],
            say="That is the chance itself. The loss is minus its ln."),
]
