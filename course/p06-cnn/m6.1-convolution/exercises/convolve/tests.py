from fromzero.explain.convolution import feature_map
from fromzero.grading import Mistake, Probe

VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
HORIZONTAL = [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]
RAMP = [[r + c + 1 for c in range(5)] for r in range(5)]
EDGE = [[0, 0, 0, 10, 10, 10] for _ in range(4)]  # 4 rows, 6 columns: a 2 by 4 map
DIGIT = [[0, 9, 9, 9, 0], [0, 0, 0, 9, 0], [0, 0, 9, 0, 0], [0, 0, 9, 0, 0]]
SKEW = [[1, 2], [0, -1]]  # not the same turned around, so a flipped filter shows


def _random(rng):
    rows, cols = rng.randint(4, 6), rng.randint(4, 7)
    k = rng.randint(2, 3)
    image = [[rng.randint(0, 9) for _ in range(cols)] for _ in range(rows)]
    kernel = [[rng.randint(-2, 2) for _ in range(k)] for _ in range(k)]
    kernel[0][0] = 3  # never symmetric when turned around
    return (image, kernel)


def _size_check(image, kernel):
    want_rows = len(image) - len(kernel) + 1
    want_cols = len(image[0]) - len(kernel[0]) + 1

    def check(got):
        if not isinstance(got, list) or not all(isinstance(row, list) for row in got):
            return "convolve should return a list of rows, each a list of numbers."
        if len(got) > want_rows or any(len(row) > want_cols for row in got):
            return (f"Your feature map is too big: {len(got)} rows. The filter has to stay on "
                    f"the image, so it fits in only {want_rows} places down and {want_cols} "
                    "across: image size − filter size + 1.")
        if len(got) < want_rows or any(len(row) < want_cols for row in got):
            return (f"Your feature map is too small: {len(got)} rows. It needs {want_rows} "
                    f"rows of {want_cols}: image size − filter size + 1. Did you forget the + 1?")
        return None

    return check


def _transposed(image, kernel):
    m = feature_map(image, kernel)
    return [list(col) for col in zip(*m, strict=True)]


def _flipped(image, kernel):
    return feature_map(image, [list(reversed(row)) for row in reversed(kernel)])


PROBES = [
    Probe(task=1, call="convolve", args=(RAMP, VERTICAL), name="the ramp: map size",
          check=_size_check(RAMP, VERTICAL)),
    Probe(task=1, call="convolve", args=(RAMP, VERTICAL), expect=feature_map(RAMP, VERTICAL)),
    Probe(task=1, call="convolve", args=(EDGE, VERTICAL), expect=feature_map(EDGE, VERTICAL)),
    Probe(task=1, call="convolve", args=(DIGIT, HORIZONTAL)),
    Probe(task=1, call="convolve", args=(DIGIT, SKEW)),
    Probe(task=1, call="convolve", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_transposed,
            say="You swapped rows and columns: your map is turned on its side. image[r][c] is "
                "row r, column c, and the outer loop goes down the rows."),
    Mistake(task=1, when=_flipped,
            say="You turned the filter around before sliding it. Networks use it as it is: "
                "pixel image[r + i][c + j] meets weight kernel[i][j]."),
]
