from fromzero.explain.pooling import pooled
from fromzero.grading import Mistake, Probe

MAP = [[9, 1, 0, 0], [2, 3, 0, 1], [0, 0, 1, 0], [1, 0, 7, 2]]
OTHER = [[1, 3, 2, 0], [4, 2, 1, 5], [0, 6, 3, 1], [2, 1, 0, 2]]
ODD = [[1, 5, 2, 8, 3], [4, 0, 6, 1, 9], [7, 2, 0, 3, 4], [1, 1, 1, 1, 1], [5, 5, 5, 5, 5]]
NEGATIVE = [[-3, -1], [-4, -2]]
SIX = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(6)]


def _random(rng):
    size = rng.choice([2, 2, 3])
    rows, cols = size * rng.randint(1, 3), size * rng.randint(1, 3)
    return ([[rng.randint(-5, 9) for _ in range(cols)] for _ in range(rows)], size)


def _first(grid, size=2):
    rows, cols = len(grid) // size, len(grid[0]) // size
    return [[grid[r * size][c * size] for c in range(cols)] for r in range(rows)]


PROBES = [
    Probe(task=1, call="max_pool", args=(MAP, 2), expect=pooled(MAP, 2)),
    Probe(task=1, call="max_pool", args=(OTHER,), expect=pooled(OTHER, 2)),
    Probe(task=1, call="max_pool", args=(ODD, 2), expect=pooled(ODD, 2)),
    Probe(task=1, call="max_pool", args=(NEGATIVE, 2), expect=[[-1]]),
    Probe(task=1, call="max_pool", args=(SIX, 3)),
    Probe(task=1, call="max_pool", args=_random),
    Probe(task=1, call="max_pool", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_first,
            say="You kept the first number of each window. Max pooling keeps the biggest "
                "one: look at every number in the window and take max()."),
    Mistake(task=1, when=lambda grid, size=2: pooled(grid, size, kind="average"),
            say="You took the average of each window. That is average pooling; max pooling "
                "keeps the biggest number."),
    Mistake(task=1, when=lambda grid, size=2: pooled(grid, size, stride=1),
            say="Your windows overlap: they move 1 step at a time. Here they sit side by "
                "side, so the window in row r, column c starts at row r × size, column "
                "c × size."),
]
