"""Worked steps for sliding a small filter over an image (Part 6, convolution).

conv_position: the filter on one patch, every product shown, then their sum.
convolve: the filter on every patch, one step per cell of the feature map, then the whole map.
conv_output_size: how many places a filter k wide fits along n pixels: n − k + 1.

Rows and columns count from 0, as Python counts positions: (0, 0) is the top-left corner.
No flip: like every deep-learning library, this is what mathematicians call cross-correlation.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt

Grid = Sequence[Sequence[float]]


def _size(grid: Grid, name: str) -> tuple[int, int]:
    if not grid or not grid[0] or any(len(row) != len(grid[0]) for row in grid):
        raise ValueError(f"The {name} needs at least one row, and every row the same length.")
    return len(grid), len(grid[0])


def _check(image: Grid, kernel: Grid) -> tuple[int, int, int, int]:
    (rows, cols), (kh, kw) = _size(image, "image"), _size(kernel, "filter")
    if kh > rows or kw > cols:
        raise ValueError(f"The filter is {kh} by {kw} but the image is only {rows} by {cols}: "
                         "it does not fit even once.")
    return rows, cols, kh, kw


def _grid_text(grid: Grid) -> str:
    return "[" + ", ".join("[" + ", ".join(fmt(v) for v in row) + "]" for row in grid) + "]"


def _pairs(image: Grid, kernel: Grid, row: int, col: int) -> list[tuple[float, float]]:
    """(pixel, weight) for each place of the filter, row after row."""
    return [(image[row + i][col + j], kernel[i][j])
            for i in range(len(kernel)) for j in range(len(kernel[0]))]


def _sum_of_products(pairs: Sequence[tuple[float, float]]) -> tuple[str, float]:
    """Add left to right, like the TypeScript mirror."""
    total = 0
    for x, w in pairs:
        total = total + x * w
    return " + ".join(f"{fmt(x)} × {fmt(w)}" for x, w in pairs) + f" = {fmt(total)}", total


def conv_position(image: Grid, kernel: Grid, row: int = 0, col: int = 0) -> list[Step]:
    """The filter on the patch whose top-left corner is (row, col); the last value is the sum.

    conv_position([[1, 2], [3, 4]], [[1, 0], [0, -1]]) -> 1 × 1 + 2 × 0 = 1, 3 × 0 + 4 × −1 = −4,
    then 1 + −4 = −3.
    """
    rows, cols, kh, kw = _check(image, kernel)
    if int(row) != row or int(col) != col:
        raise ValueError("row and col are whole numbers.")
    row, col = int(row), int(col)
    if not (0 <= row <= rows - kh and 0 <= col <= cols - kw):
        raise ValueError(f"A {kh} by {kw} filter on a {rows} by {cols} image can start at rows 0 "
                         f"to {rows - kh} and columns 0 to {cols - kw}, not row {row}, "
                         f"column {col}.")
    patch = [list(image[row + i][col:col + kw]) for i in range(kh)]
    steps = [Step(f"Lay the {kh} by {kw} filter on the patch whose top-left corner is row {row}, "
                  f"column {col}.", f"patch = {_grid_text(patch)}", kh * kw)]
    row_sums = []
    for i in range(kh):
        text, total = _sum_of_products([(patch[i][j], kernel[i][j]) for j in range(kw)])
        row_sums.append(total)
        steps.append(Step(f"Filter row {i}: multiply each pixel by the weight on top of it, "
                          "and add.", text, total))
    total = 0
    for s in row_sums:
        total = total + s
    steps.append(Step(f"Add the {kh} row sums: that is one number of the feature map.",
                      " + ".join(fmt(s) for s in row_sums) + f" = {fmt(total)}", total))
    return steps


def feature_map(image: Grid, kernel: Grid) -> list[list[float]]:
    """The filter slid over every place, row by row: a (rows − kh + 1) by (cols − kw + 1) grid."""
    rows, cols, kh, kw = _check(image, kernel)
    return [[_sum_of_products(_pairs(image, kernel, r, c))[1] for c in range(cols - kw + 1)]
            for r in range(rows - kh + 1)]


def convolve(image: Grid, kernel: Grid, row: int | None = None,
             col: int | None = None) -> list[Step]:
    """One step per cell of the feature map, then the map itself.

    The last value is the map's cell at (row, col) when both are given, else its bottom-right
    cell. convolve([[1, 2, 3]], [[1, -1]]) -> 1 × 1 + 2 × −1 = −1, 2 × 1 + 3 × −1 = −1.
    """
    rows, cols, kh, kw = _check(image, kernel)
    out_rows, out_cols = rows - kh + 1, cols - kw + 1
    if (row is None) != (col is None):
        raise ValueError("Give both row and col of the feature map, or neither.")
    if row is not None and col is not None and not (0 <= row < out_rows and 0 <= col < out_cols):
        raise ValueError(f"The feature map is {out_rows} by {out_cols}: there is no row {row}, "
                         f"column {col} (both count from 0).")
    steps = []
    out = []
    for r in range(out_rows):
        out_row = []
        for c in range(out_cols):
            text, total = _sum_of_products(_pairs(image, kernel, r, c))
            out_row.append(total)
            steps.append(Step(f"Row {r}, column {c}: the filter on the patch that starts there.",
                              text, total))
        out.append(out_row)
    pick = out[-1][-1] if row is None or col is None else out[int(row)][int(col)]
    steps.append(Step(f"The feature map: {out_rows} by {out_cols} numbers.",
                      f"map = {_grid_text(out)}", pick))
    return steps


def conv_output_size(n: int, k: int) -> list[Step]:
    """conv_output_size(5, 3): the filter starts at 0, 1 or 2: 5 − 3 = 2, then 2 + 1 = 3."""
    if int(n) != n or int(k) != k or k < 1:
        raise ValueError("n and k are whole numbers of pixels, and the filter is at least 1 wide.")
    n, k = int(n), int(k)
    if k > n:
        raise ValueError(f"A filter {k} wide does not fit in {n} pixels.")
    last = n - k
    size = last + 1
    return [
        Step(f"The filter is {k} wide, so the last place it can start is {n} − {k}.",
             f"{n} − {k} = {last}", last),
        Step(f"It can start at every place from 0 to {last}. Count them.",
             f"{last} + 1 = {size}", size),
    ]
