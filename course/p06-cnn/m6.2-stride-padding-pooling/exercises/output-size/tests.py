import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _size(n, k, p, s):
    return final_value("conv_size", {"n": n, "k": k, "p": p, "s": s})


def _random(rng):
    k = rng.choice([1, 2, 3, 5])
    return (rng.randint(k, 40), k, rng.randint(0, 2), rng.randint(1, 4))


PROBES = [
    Probe(task=1, call="output_size", args=(28, 3, 0, 2), expect=_size(28, 3, 0, 2)),
    Probe(task=1, call="output_size", args=(28, 5, 2, 1), expect=_size(28, 5, 2, 1)),
    Probe(task=1, call="output_size", args=(28, 3, 1, 1), expect=_size(28, 3, 1, 1)),
    Probe(task=1, call="output_size", args=(5, 3, 1, 2), expect=_size(5, 3, 1, 2)),
    Probe(task=1, call="output_size", args=(28, 3, 0, 1), expect=_size(28, 3, 0, 1)),
    Probe(task=1, call="output_size", args=(26, 2, 0, 2)),
    Probe(task=1, call="output_size", args=(7, 3, 0, 3)),
    Probe(task=1, call="output_size", args=(32, 5, 2, 1)),
    Probe(task=1, call="output_size", args=_random),
    Probe(task=1, call="output_size", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda n, k, p, s: (n + p - k) // s + 1,
            say="The padding goes on both sides, so the image grows by 2 × padding, not by "
                "padding once."),
    Mistake(task=1, when=lambda n, k, p, s: (n + 2 * p - k) // s,
            say="Did you forget the + 1? The filter has a first place before any jump."),
    Mistake(task=1, when=lambda n, k, p, s: math.ceil((n + 2 * p - k) / s) + 1,
            say="You rounded up. The filter cannot make part of a jump: round down with //."),
    Mistake(task=1, when=lambda n, k, p, s: (n + 2 * p - k) / s + 1,
            say="A feature map has a whole number of columns. Use // to divide and round down."),
    Mistake(task=1, when=lambda n, k, p, s: (n + 2 * p - k + 1) // s,
            say="Divide first, then add 1. (n + 2 × padding − k) // stride + 1 is not the same "
                "as (n + 2 × padding − k + 1) // stride."),
]
