import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CAT, SAT, MAT = [0.5, 0.8, 0.2], [0.3, 0.4, 0.9], [0.7, 0.2, 0.5]


def _anchor(query, vectors):
    return [final_value("attention", {"query": query, "vectors": vectors, "show": i})
            for i in range(len(query))]


def _scores(q, vs):
    return [sum(a * b for a, b in zip(q, v)) for v in vs]


def _weights(q, vs):
    powers = [math.exp(s) for s in _scores(q, vs)]
    return [p / sum(powers) for p in powers]


def _mix(weights, vs):
    return [sum(w * v[i] for w, v in zip(weights, vs)) for i in range(len(vs[0]))]


def _random(rng):
    size = rng.randint(2, 4)
    vectors = [[round(rng.uniform(-1.5, 1.5), 1) for _ in range(size)]
               for _ in range(rng.randint(2, 6))]
    return (vectors[rng.randrange(len(vectors))], vectors)


PROBES = [
    # Anchor: the lesson's example, computed by fromzero.explain.
    Probe(task=1, call="attend", args=(SAT, [CAT, SAT, MAT]), name="the lesson's sat, cat, mat",
          expect=_anchor(SAT, [CAT, SAT, MAT])),
    Probe(task=1, call="attend", args=([1, -0.5], [[2, 1], [-1, 0.25], [0, 0]]),
          expect=_anchor([1, -0.5], [[2, 1], [-1, 0.25], [0, 0]])),
    Probe(task=1, call="attend", args=([2, 0], [[1, 0], [0, 1], [1, 1]])),
    Probe(task=1, call="attend", args=_random),
    Probe(task=1, call="attend", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_weights,
            say="You returned the attention weights, one per word. Do step 3 too: mix the "
                "vectors with those weights and return the mixed vector."),
    Mistake(task=1, when=lambda q, vs: _mix([1 / len(vs)] * len(vs), vs),
            say="That is the plain average of the vectors: every word counted the same. Each "
                "word must count as much as its attention weight."),
    Mistake(task=1, when=lambda q, vs: _mix(_scores(q, vs), vs),
            say="You mixed the vectors with the raw scores. Turn the scores into weights with "
                "softmax first, so that the weights add up to 1."),
    Mistake(task=1, when=lambda q, vs: [w * s for w, s in zip(_weights(q, vs), _scores(q, vs))],
            say="You multiplied each weight by its score. The weights multiply the word "
                "vectors: for each position, add up weight × that word's number there."),
    Mistake(task=1, when=lambda q, vs: _scores(q, vs),
            say="You returned the scores, one per word. Turn them into weights with softmax, "
                "then mix the vectors with the weights."),
]
TOLERANCE = 1e-6
