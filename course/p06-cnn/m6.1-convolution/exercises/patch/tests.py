from fromzero.grading import Mistake, Probe

RAMP = [[r + c + 1 for c in range(5)] for r in range(5)]
GRID = [[10 * r + c for c in range(6)] for r in range(5)]  # the number says where it is: 23 is row 2, column 3


def _block(image, row, col, size):
    return [list(image[r][col:col + size]) for r in range(row, row + size)]


def _random(rng):
    rows, cols = rng.randint(4, 7), rng.randint(4, 7)
    size = rng.randint(2, 3)
    image = [[rng.randint(0, 9) for _ in range(cols)] for _ in range(rows)]
    return (image, rng.randint(0, rows - size), rng.randint(0, cols - size), size)


def _swapped(image, row, col, size):
    if col + size > len(image) or row + size > len(image[0]):
        raise IndexError("does not fit")
    return _block(image, col, row, size)


def _from_one(image, row, col, size):
    if row + 1 + size > len(image) or col + 1 + size > len(image[0]):
        raise IndexError("does not fit")
    return _block(image, row + 1, col + 1, size)


def _flat(image, row, col, size):
    return [v for line in _block(image, row, col, size) for v in line]


def _short(image, row, col, size):
    return [list(image[r][col:col + size - 1]) for r in range(row, row + size - 1)]


PROBES = [
    Probe(task=1, call="patch", args=(RAMP, 0, 0, 3), expect=[[1, 2, 3], [2, 3, 4], [3, 4, 5]]),
    Probe(task=1, call="patch", args=(GRID, 1, 2, 3), expect=[[12, 13, 14], [22, 23, 24], [32, 33, 34]]),
    Probe(task=1, call="patch", args=(GRID, 2, 0, 2)),
    Probe(task=1, call="patch", args=(GRID, 0, 3, 3)),
    Probe(task=1, call="patch", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_flat,
            say="Your patch is one flat list. Keep the rows apart: a list of `size` rows, "
                "each a list of `size` pixels."),
    Mistake(task=1, when=_swapped,
            say="You swapped row and column: `row` picks the rows (down), `col` picks the "
                "place in each row (across)."),
    Mistake(task=1, when=_from_one,
            say="Your patch starts one row and one column too far. Rows and columns count "
                "from 0, so row 0 is the top row."),
    Mistake(task=1, when=_short,
            say="Your patch is one pixel too small each way. The end of `range(a, b)` and of "
                "a slice `[a:b]` is left out, so use `row + size` and `col + size`."),
]
