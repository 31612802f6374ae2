import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CAT, DOG, SAT = [0.9, 0.3, -0.2], [0.8, 0.4, -0.1], [-0.3, 0.7, 0.6]


def _anchor(a, b):
    return final_value("cosine_similarity", {"a": a, "b": b})


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def _sq(v):
    return sum(x * x for x in v)


def _random(rng):
    size = rng.randint(2, 5)

    def vec():
        v = [round(rng.uniform(-2, 2), 1) for _ in range(size)]
        return v if any(v) else [1.0] + v[1:]

    return (vec(), vec())


PROBES = [
    # Anchors, computed by fromzero.explain.
    Probe(task=1, call="cosine_similarity", args=(CAT, DOG), name="the lesson's cat and dog",
          expect=_anchor(CAT, DOG)),
    Probe(task=1, call="cosine_similarity", args=(CAT, SAT), name="the lesson's cat and sat",
          expect=_anchor(CAT, SAT)),
    Probe(task=1, call="cosine_similarity", args=([1, 0], [1, 1]), expect=_anchor([1, 0], [1, 1])),
    Probe(task=1, call="cosine_similarity", args=([1, 2], [2, 4]), name="same direction",
          expect=1.0),
    Probe(task=1, call="cosine_similarity", args=([3, 4], [-4, 3]), name="a square corner",
          expect=0.0),
    Probe(task=1, call="cosine_similarity", args=([2, 0], [-5, 0]), name="opposite ways",
          expect=-1.0),
    Probe(task=1, call="cosine_similarity", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b: _dot(a, b),
            say="That is only the dot product. Divide it by the length of a times the length "
                "of b, so that long vectors do not win just for being long."),
    Mistake(task=1, when=lambda a, b: _dot(a, b) / math.sqrt(_sq(a)),
            say="You divided by the length of a only. Divide by both lengths: the length of a "
                "times the length of b."),
    Mistake(task=1, when=lambda a, b: _dot(a, b) / math.sqrt(_sq(b)),
            say="You divided by the length of b only. Divide by both lengths: the length of a "
                "times the length of b."),
    Mistake(task=1, when=lambda a, b: _dot(a, b) / (_sq(a) * _sq(b)),
            say="You divided by the squared lengths. A length is the square root of the sum of "
                "squares: use math.sqrt on each sum first."),
    Mistake(task=1, when=lambda a, b: _dot(a, b) / math.sqrt(_sq(a) + _sq(b)),
            say="You took one square root of both sums added together. Take the length of a "
                "and the length of b apart, then multiply them."),
]
TOLERANCE = 1e-6
