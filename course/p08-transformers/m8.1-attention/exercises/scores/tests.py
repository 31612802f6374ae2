from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CAT, SAT, MAT = [0.5, 0.8, 0.2], [0.3, 0.4, 0.9], [0.7, 0.2, 0.5]


def _anchor(query, vectors):
    return [final_value("attention_scores", {"query": query, "vectors": vectors, "show": k})
            for k in range(len(vectors))]


def _random(rng):
    size = rng.randint(2, 4)
    vectors = [[round(rng.uniform(-2, 2), 1) for _ in range(size)]
               for _ in range(rng.randint(2, 6))]
    return ([round(rng.uniform(-2, 2), 1) for _ in range(size)], vectors)


PROBES = [
    # Anchor: the lesson's example, computed by fromzero.explain.
    Probe(task=1, call="scores", args=(SAT, [CAT, SAT, MAT]), name="the lesson's sat, cat, mat",
          expect=_anchor(SAT, [CAT, SAT, MAT])),
    Probe(task=1, call="scores", args=([1, -0.5], [[2, 1], [-1, 0.25], [0, 0]]),
          expect=_anchor([1, -0.5], [[2, 1], [-1, 0.25], [0, 0]])),
    Probe(task=1, call="scores", args=([2, 3], [[4, 5]])),
    Probe(task=1, call="scores", args=_random),
    Probe(task=1, call="scores", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda q, vs: [sum(q) + sum(v) for v in vs],
            say="You added the numbers up instead of multiplying them in pairs. A score is a dot "
                "product: multiply the numbers at the same position, then add the products."),
    Mistake(task=1, when=lambda q, vs: [sum(a + b for a, b in zip(q, v)) for v in vs],
            say="You added the numbers up instead of multiplying them in pairs. A score is a dot "
                "product: multiply the numbers at the same position, then add the products."),
    Mistake(task=1, when=lambda q, vs: [q[0] * v[0] for v in vs],
            say="Only the first number of each vector counts in your score. Multiply at every "
                "position, not only position 0, and add all the products."),
    Mistake(task=1, when=lambda q, vs: [[a * b for a, b in zip(q, v)] for v in vs],
            say="You kept the products in a list for each word but never added them up. Each "
                "score is one number: the total of the products."),
    Mistake(task=1, when=lambda q, vs: sum(a * b for v in vs for a, b in zip(q, v)),
            say="You added every word's products into one number. Keep one score per word: "
                "start the total at 0 again for each vector."),
]
TOLERANCE = 1e-6
