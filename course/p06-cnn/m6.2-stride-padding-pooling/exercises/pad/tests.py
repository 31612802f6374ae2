from fromzero.explain.pooling import padded
from fromzero.grading import Mistake, Probe

SQUARE = [[1, 2], [3, 4]]
IMAGE = [[5, 1, 3], [2, 8, 4], [7, 0, 6]]
WIDE = [[0.5, 1, 0.25]]


def _random(rng):
    rows, cols = rng.randint(1, 4), rng.randint(1, 4)
    grid = [[rng.randint(1, 9) for _ in range(cols)] for _ in range(rows)]
    return (grid, rng.randint(1, 3))


def _one_side(grid, p):
    """Zeros only on the top and the left."""
    width = len(grid[0]) + p
    return [[0] * width for _ in range(p)] + [[0] * p + list(row) for row in grid]


def _ones(grid, p):
    width = len(grid[0]) + 2 * p
    rows = [[1] * width for _ in range(p)]
    return rows + [[1] * p + list(row) + [1] * p for row in grid] + [[1] * width for _ in range(p)]


def _rows_only(grid, p):
    width = len(grid[0])
    return [[0] * width for _ in range(p)] + [list(r) for r in grid] + [[0] * width for _ in range(p)]


def _sides_only(grid, p):
    return [[0] * p + list(row) + [0] * p for row in grid]


PROBES = [
    Probe(task=1, call="pad", args=(SQUARE, 1), expect=padded(SQUARE, 1)),
    Probe(task=1, call="pad", args=(IMAGE, 1), expect=padded(IMAGE, 1)),
    Probe(task=1, call="pad", args=(WIDE, 2), expect=padded(WIDE, 2)),
    Probe(task=1, call="pad", args=(SQUARE, 0), expect=[[1, 2], [3, 4]]),
    Probe(task=1, call="pad", args=([[7]], 3)),
    Probe(task=1, call="pad", args=_random),
    Probe(task=1, call="pad", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_one_side,
            say="The zeros are only on the top and the left. Padding goes on every side: "
                "p rows on top and at the bottom, p zeros at both ends of each row."),
    Mistake(task=1, when=_ones,
            say="The border is made of ones. Padding adds zeros, so that the border adds "
                "nothing when the filter multiplies and adds."),
    Mistake(task=1, when=_rows_only,
            say="Your grid got new rows but the rows did not get longer. Put p zeros at the "
                "start and at the end of every row too."),
    Mistake(task=1, when=_sides_only,
            say="Each row got zeros at both ends, but there are no new rows. Add p rows of "
                "zeros on top and p at the bottom too."),
]
