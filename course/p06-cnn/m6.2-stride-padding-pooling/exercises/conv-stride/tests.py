from fromzero.grading import Mistake, Probe


def _conv(image, kernel, stride, last=True):
    """The feature map; with last=False the final place of each row and column is left out."""
    k = len(kernel)
    rows = (len(image) - k) // stride + (1 if last else 0)
    cols = (len(image[0]) - k) // stride + (1 if last else 0)
    out = []
    for r in range(rows):
        row = []
        for c in range(cols):
            total = 0
            for i in range(k):
                for j in range(k):
                    total = total + image[r * stride + i][c * stride + j] * kernel[i][j]
            row.append(total)
        out.append(row)
    return out


EDGE = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]  # finds where bright meets dark
PICTURE = [  # a 7 by 7 stroke going down and to the right
    [9, 9, 0, 0, 0, 0, 0],
    [0, 9, 9, 0, 0, 0, 0],
    [0, 0, 9, 9, 0, 0, 0],
    [0, 0, 0, 9, 9, 0, 0],
    [0, 0, 0, 0, 9, 9, 0],
    [0, 0, 0, 0, 0, 9, 9],
    [0, 0, 0, 0, 0, 0, 9],
]
SIX = [[(r * 5 + c * 3) % 7 for c in range(6)] for r in range(6)]
SMALL = [[1, 2], [3, 4]]


def _random(rng):
    k = rng.choice([1, 2, 3])
    n = rng.randint(k + 1, 8)
    image = [[rng.randint(0, 9) for _ in range(n)] for _ in range(n)]
    kernel = [[rng.choice([-1, 0, 1, 2]) for _ in range(k)] for _ in range(k)]
    return (image, kernel, rng.randint(1, 3))


PROBES = [
    Probe(task=1, call="conv_stride", args=(PICTURE, EDGE, 2), expect=_conv(PICTURE, EDGE, 2)),
    Probe(task=1, call="conv_stride", args=(PICTURE, EDGE, 1), expect=_conv(PICTURE, EDGE, 1)),
    Probe(task=1, call="conv_stride", args=(SIX, [[1, 1], [1, 1]], 2)),
    Probe(task=1, call="conv_stride", args=(SIX, EDGE, 2)),
    Probe(task=1, call="conv_stride", args=(SMALL, SMALL, 3), expect=[[30]]),
    Probe(task=1, call="conv_stride", args=_random),
    Probe(task=1, call="conv_stride", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda image, kernel, stride: _conv(image, kernel, 1),
            say="Your filter moved 1 square at a time. Use the stride: place r, c starts at "
                "row r × stride, column c × stride."),
    Mistake(task=1, when=lambda image, kernel, stride: _conv(image, kernel, stride, last=False),
            say="Your map is one row and one column too small: the last place is missing. "
                "There are (n − k) // stride + 1 places; range(0, n - k, stride) stops one "
                "short."),
    Mistake(task=1, when=lambda image, kernel, stride: _conv(image, kernel, len(kernel)),
            say="Your filter jumped by its own size. It should jump by the stride."),
]
