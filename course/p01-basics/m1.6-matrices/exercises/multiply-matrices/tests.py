from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(a, b):
    """Every cell from the worked matmul_entry example."""
    return [[final_value("matmul_entry", {"a": a, "b": b, "row": r, "col": c})
             for c in range(1, len(b[0]) + 1)] for r in range(1, len(a) + 1)]


def _mm(a, b):
    return [[sum(a[r][k] * b[k][c] for k in range(len(b))) for c in range(len(b[0]))] for r in range(len(a))]


def _rand(rng):
    n, k, p = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3)
    return ([[rng.randint(-5, 5) for _ in range(k)] for _ in range(n)],
            [[rng.randint(-5, 5) for _ in range(p)] for _ in range(k)])


A, B = [[1, 2], [3, 4]], [[5, 6], [7, 8]]

PROBES = [
    Probe(task=1, call="matmul", args=(A, B), expect=_anchor(A, B)),
    Probe(task=1, call="matmul", args=([[1, 2, 3]], [[4], [5], [6]]), expect=_anchor([[1, 2, 3]], [[4], [5], [6]])),
    Probe(task=1, call="matmul", args=([[2, 0], [0, 2], [1, -1]], [[3], [4]])),
    Probe(task=1, call="matmul", args=([[1, 2], [3, 4]], [[1, 0], [0, 1]])),
    Probe(task=1, call="matmul", args=([[1, 0, 2], [0, 1, -1]], [[1, 2], [3, 4], [5, 6]])),
    Probe(task=1, call="matmul", args=_rand),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b: [[a[r][c] * b[r][c] for c in range(len(a[0]))] for r in range(len(a))],
            say="You multiplied the numbers in the same places. Each cell is a dot product: row r of a with column c of b."),
    Mistake(task=1, when=lambda a, b: _mm(b, a),
            say="You worked out b × a. The order matters: rows of a with columns of b."),
    Mistake(task=1, when=lambda a, b: [x for row in _mm(a, b) for x in row],
            say="All the answers are in one long list. Start a new row for each row of a."),
    Mistake(task=1, when=lambda a, b: [[sum(a[r][k] * b[c][k] for k in range(len(b[0]))) for c in range(len(b))] for r in range(len(a))],
            say="You used the rows of b. Walk down a column of b: b[k][c]."),
]
