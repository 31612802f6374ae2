from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

SCORES = [[8, 6, 9], [5, 7, 4], [9, 9, 10], [3, 4, 2]]
WEIGHTS = [0.5, 0.25, 0.25]
# Each pupil's total, from the worked matrix-multiplication example (the weights stood up as a column).
TOTALS = [final_value("matmul_entry", {"a": SCORES, "b": [[w] for w in WEIGHTS], "row": r, "col": 1})
          for r in range(1, len(SCORES) + 1)]


def _totals(scores, weights):
    return [sum(s * w for s, w in zip(row, weights)) for row in scores]


def _biggest(scores, weights):
    totals = _totals(scores, weights)
    return max(range(len(totals)), key=lambda i: totals[i])


def _rand_matrix(rng):
    return ([[rng.randint(0, 10) for _ in range(3)] for _ in range(rng.randint(2, 6))],
            [round(rng.uniform(0, 1), 2) for _ in range(3)])


PROBES = [
    Probe(task=1, call="weighted_totals", args=(SCORES, WEIGHTS), expect=TOTALS),
    Probe(task=1, call="weighted_totals", args=([[1, 2], [3, 4]], [5, 7])),
    Probe(task=1, call="weighted_totals", args=_rand_matrix),
    Probe(task=2, call="class_mean", args=(TOTALS,), expect=final_value("mean", {"values": TOTALS})),
    Probe(task=2, call="class_mean", args=([2, 4, 9],)),
    Probe(task=2, call="class_spread", args=(TOTALS,), expect=final_value("std", {"values": TOTALS})),
    Probe(task=2, call="class_spread", args=([2, 4, 9],)),
    Probe(task=3, call="standout", args=(SCORES, WEIGHTS), expect=3),
    Probe(task=3, call="standout", args=([[5], [1], [9]], [1]), expect=1),
    Probe(task=3, call="standout", args=([[4], [4], [10]], [1])),
    Probe(task=3, call="standout", args=_rand_matrix),
]

MISTAKES = [
    Mistake(task=1, when=lambda scores, weights: [sum(row) for row in scores],
            say="You added up the scores without the weights. Dot each row with the weights."),
    Mistake(task=1, when=lambda scores, weights: sum(_totals(scores, weights)),
            say="You added every pupil into one number. Return a list with one total per pupil."),
    Mistake(task=2, when=lambda totals: sum(totals), say="That is the sum. Divide by how many totals there are."),
    Mistake(task=2, when=lambda totals: sum((t - sum(totals) / len(totals)) ** 2 for t in totals) / len(totals),
            say="That is the variance. The spread asked for is the standard deviation, its square root."),
    Mistake(task=3, when=_biggest,
            say="You picked the biggest total. Pick the total furthest from the mean, above or below: use abs."),
    Mistake(task=3, when=lambda scores, weights: _biggest(scores, weights) + 1,
            say="Positions count from 0. Return the position, not the pupil's number."),
]

TOLERANCE = 1e-6
