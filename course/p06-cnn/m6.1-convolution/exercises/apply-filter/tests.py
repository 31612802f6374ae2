from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
HORIZONTAL = [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]
SHARPEN = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
RAMP_PATCH = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
EDGE_PATCH = [[0, 0, 10], [0, 0, 10], [0, 0, 10]]
SLOPE_PATCH = [[0, 0, 0], [0, 0, 0], [9, 9, 9]]


def _anchor(patch, kernel):
    return final_value("conv_position", {"image": patch, "kernel": kernel})


def _random(rng):
    size = rng.randint(2, 3)
    patch = [[rng.randint(0, 9) for _ in range(size)] for _ in range(size)]
    kernel = [[rng.randint(-2, 2) for _ in range(size)] for _ in range(size)]
    return (patch, kernel)


def _image_only(patch, kernel):
    return sum(v for row in patch for v in row)


def _matmul_sum(patch, kernel):
    n = len(patch)
    return sum(patch[i][k] * kernel[k][j] for i in range(n) for j in range(n) for k in range(n))


def _no_last_row(patch, kernel):
    return sum(patch[r][c] * kernel[r][c] for r in range(len(patch) - 1) for c in range(len(patch)))


def _products(patch, kernel):
    return [patch[r][c] * kernel[r][c] for r in range(len(patch)) for c in range(len(patch))]


PROBES = [
    Probe(task=1, call="apply_filter", args=(RAMP_PATCH, VERTICAL), expect=_anchor(RAMP_PATCH, VERTICAL)),
    Probe(task=1, call="apply_filter", args=(EDGE_PATCH, VERTICAL), expect=_anchor(EDGE_PATCH, VERTICAL)),
    Probe(task=1, call="apply_filter", args=(SLOPE_PATCH, HORIZONTAL)),
    Probe(task=1, call="apply_filter", args=([[0, 1, 0], [1, 5, 1], [0, 1, 0]], SHARPEN)),
    Probe(task=1, call="apply_filter", args=([[2, 4], [6, 8]], [[0.5, 0], [0, -0.25]])),
    Probe(task=1, call="apply_filter", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_image_only,
            say="You added up the pixels alone. Multiply each pixel by its weight first, "
                "then add the products."),
    Mistake(task=1, when=_matmul_sum,
            say="You multiplied rows by columns, like matrix multiplication. A filter pairs "
                "each pixel with the weight in the same row and column: patch[r][c] × kernel[r][c]."),
    Mistake(task=1, when=_no_last_row,
            say="The last row is missing. `range(len(kernel))` already stops at the right "
                "place; do not take 1 away."),
    Mistake(task=1, when=_products,
            say="You returned the list of products. Add them up and return one number."),
]
TOLERANCE = 1e-9
