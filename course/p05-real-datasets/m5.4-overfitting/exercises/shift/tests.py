from fromzero.explain.regularise import shifted
from fromzero.grading import Mistake, Probe

DIGIT = [[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
SQUARE = [[1, 2], [3, 4]]
WIDE = [[0.5, 1, 0], [0, 0.25, 0], [0, 0, 0]]


def _random(rng):
    rows, cols = rng.randint(2, 5), rng.randint(2, 5)
    grid = [[rng.choice([0, 0, 1, 2, 3]) for _ in range(cols)] for _ in range(rows)]
    return (grid, rng.randint(-2, 2), rng.randint(-2, 2))


def _wrapped(grid, dx, dy):
    rows, cols = len(grid), len(grid[0])
    return [[grid[(r - dy) % rows][(c - dx) % cols] for c in range(cols)] for r in range(rows)]


def _grown(grid, dx, dy):
    """Zeros put in front (or at the end) without cutting anything off: a bigger grid."""
    out = []
    for row in grid:
        out.append([0] * dx + list(row) if dx >= 0 else list(row) + [0] * -dx)
    width = len(out[0])
    blank = [[0] * width for _ in range(abs(dy))]
    return blank + out if dy >= 0 else out + blank


PROBES = [
    Probe(task=1, call="shift", args=(DIGIT, 1, 0), expect=shifted(DIGIT, 1, 0)),
    Probe(task=1, call="shift", args=(SQUARE, -1, 1), expect=shifted(SQUARE, -1, 1)),
    Probe(task=1, call="shift", args=(WIDE, 0, -1), expect=shifted(WIDE, 0, -1)),
    Probe(task=1, call="shift", args=(SQUARE, 0, 0), expect=[[1, 2], [3, 4]]),
    Probe(task=1, call="shift", args=(DIGIT, 2, 1)),
    Probe(task=1, call="shift", args=([[1, 1, 1]], 5, 0)),
    Probe(task=1, call="shift", args=_random),
    Probe(task=1, call="shift", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_wrapped,
            say="The pixels that fell off one edge came back on the other side. Pixels pushed "
                "over an edge are lost; fill the gap with 0."),
    Mistake(task=1, when=lambda grid, dx, dy: shifted(grid, -dx, -dy),
            say="The picture moved the wrong way. A positive dx moves it right and a positive "
                "dy moves it down: the new pixel at (r, c) comes from (r - dy, c - dx)."),
    Mistake(task=1, when=_grown,
            say="Your grid changed size. Keep the same number of rows and columns: cut off "
                "what is pushed over the edge."),
    Mistake(task=1, when=lambda grid, dx, dy: shifted(grid, dx, 0),
            say="The picture moved left or right, but not up or down. Use dy too."),
]
