from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(m, v):
    """Each answer from the worked matmul_entry example, with v stood up as a column."""
    col = [[v[0]], [v[1]]]
    return [final_value("matmul_entry", {"a": m, "b": col, "row": r, "col": 1}) for r in (1, 2)]


def _rand(rng):
    return ([[rng.randint(-5, 5) for _ in range(2)] for _ in range(2)], [rng.randint(-5, 5) for _ in range(2)])


PROBES = [
    Probe(task=1, call="mat_vec", args=([[1, 2], [3, 4]], [5, 7]), expect=_anchor([[1, 2], [3, 4]], [5, 7])),
    Probe(task=1, call="mat_vec", args=([[2, 0], [0, 1]], [1, 1]), expect=_anchor([[2, 0], [0, 1]], [1, 1])),
    Probe(task=1, call="mat_vec", args=([[0, -1], [1, 0]], [3, 2])),
    Probe(task=1, call="mat_vec", args=([[0.5, 1.5], [-2, 3]], [4, -1])),
    Probe(task=1, call="mat_vec", args=_rand),
]

MISTAKES = [
    Mistake(task=1, when=lambda m, v: [m[0][0] * v[0] + m[1][0] * v[1], m[0][1] * v[0] + m[1][1] * v[1]],
            say="You used the columns of the matrix. Use its rows: each row of m with v."),
    Mistake(task=1, when=lambda m, v: m[0][0] * v[0] + m[0][1] * v[1] + m[1][0] * v[0] + m[1][1] * v[1],
            say="You added both rows into one number. Return a list with one answer per row."),
    Mistake(task=1, when=lambda m, v: [m[0][0] * v[0], m[1][1] * v[1]],
            say="Each answer needs the whole row: two products, added."),
]
