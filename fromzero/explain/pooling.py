"""Worked steps for stride, padding, pooling and channels (Part 6, m6.2).

`conv_size` builds the output size rule out = (n + 2p − k) ÷ s + 1 one step at a time, showing
where it rounds down. `max_pool` walks the windows of a feature map and keeps the biggest number
of each. `channel_sum` multiplies a filter with a patch channel by channel and adds it all up.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import sum_step, vec
from fromzero.explain.steps import Step, fmt

Grid = Sequence[Sequence[float]]


def _grid_text(grid: Grid) -> str:
    return "[" + ", ".join(vec(row) for row in grid) + "]"


def _whole(x: float, name: str, least: int) -> int:
    if int(x) != x or x < least:
        raise ValueError(f"{name} must be a whole number, at least {least}, not {fmt(x)}.")
    return int(x)


def _check_grid(grid: Grid) -> None:
    if not grid or not grid[0] or any(len(row) != len(grid[0]) for row in grid):
        raise ValueError("A grid needs at least one row, and every row the same length.")


def out_size(n: int, k: int, p: int = 0, s: int = 1) -> int:
    """The plain number: out_size(28, 3, 0, 2) -> 13. Zero when the filter does not fit."""
    room = n + 2 * p - k
    return room // s + 1 if room >= 0 else 0


def conv_size(n: int, k: int, p: int = 0, s: int = 1) -> list[Step]:
    """conv_size(28, 3, 0, 2): 28 + 0 = 28, 28 − 3 = 25, 25 ÷ 2 = 12.5 → 12, 12 + 1 = 13."""
    n = _whole(n, "The image size n", 1)
    k = _whole(k, "The filter size k", 1)
    p = _whole(p, "The padding p", 0)
    s = _whole(s, "The stride s", 1)
    padded = n + 2 * p
    steps = [Step("Add the padding to both sides: n + 2 × p.",
                  f"{n} + 2 × {p} = {padded}", padded)]
    if k > padded:
        raise ValueError(f"The filter ({k} wide) is bigger than the padded image ({padded} wide): "
                         "it does not fit even once.")
    room = padded - k
    steps.append(Step("Take away the filter size: the room the filter has to move.",
                      f"{padded} − {k} = {room}", room))
    jumps = room // s
    if room % s == 0:
        steps.append(Step("Divide by the stride: how many jumps fit in that room.",
                          f"{room} ÷ {s} = {jumps}", jumps))
    else:
        steps.append(Step("Divide by the stride: how many jumps fit in that room.",
                          f"{room} ÷ {s} = {fmt(room / s)}", room / s))
        left = room % s
        skipped = "column is" if left == 1 else f"{left} columns are"
        steps.append(Step("Not a whole number: round down. There is no part of a jump, so "
                          f"the last {skipped} skipped.",
                          f"{fmt(room / s)} → {jumps}", jumps))
    out = jumps + 1
    steps.append(Step("Add 1 for the filter's first place, before any jump.",
                      f"{jumps} + 1 = {out}", out))
    return steps


def padded(grid: Grid, p: int) -> list[list[float]]:
    """A border of p zeros all round: padded([[5]], 1) -> [[0, 0, 0], [0, 5, 0], [0, 0, 0]]."""
    width = len(grid[0]) + 2 * p
    out = [[0] * width for _ in range(p)]
    for row in grid:
        out.append([0] * p + list(row) + [0] * p)
    out.extend([0] * width for _ in range(p))
    return out


def pooled(grid: Grid, size: int = 2, stride: int | None = None,
           kind: str = "max") -> list[list[float]]:
    """The pooled map: pooled([[1, 3], [2, 0]]) -> [[3]]. Windows that do not fit are skipped."""
    step = stride or size
    rows = out_size(len(grid), size, 0, step)
    cols = out_size(len(grid[0]), size, 0, step)
    out = []
    for r in range(rows):
        row = []
        for c in range(cols):
            window = [grid[r * step + i][c * step + j] for i in range(size) for j in range(size)]
            if kind == "max":
                row.append(max(window))
            else:
                total = 0.0
                for v in window:
                    total = total + v
                row.append(total / len(window))
        out.append(row)
    return out


def max_pool(grid: Grid, size: int = 2, stride: int | None = None,
             row: int | None = None, col: int | None = None) -> list[Step]:
    """max_pool([[1, 3], [2, 0]]) -> one window, max(1, 3, 2, 0) = 3.

    One step per window (its numbers and its biggest). The final value is the sum of the whole
    pooled map, or, when `row` and `col` are given (counted from 1), that one cell of it.
    """
    _check_grid(grid)
    size = _whole(size, "The window size", 1)
    step = size if stride is None else _whole(stride, "The stride", 1)
    if size > len(grid) or size > len(grid[0]):
        raise ValueError(f"A {size} by {size} window does not fit in a {len(grid)} by "
                         f"{len(grid[0])} map.")
    out = pooled(grid, size, step)
    steps = []
    for r, out_row in enumerate(out):
        for c, biggest in enumerate(out_row):
            top, left = r * step, c * step
            window = [grid[top + i][left + j] for i in range(size) for j in range(size)]
            rows = f"row {top + 1}" if size == 1 else f"rows {top + 1}–{top + size}"
            cols = f"column {left + 1}" if size == 1 else f"columns {left + 1}–{left + size}"
            steps.append(Step(f"The window at {rows}, {cols}: keep the biggest.",
                              f"max({', '.join(fmt(v) for v in window)}) = {fmt(biggest)}",
                              biggest))
    total = 0.0
    for out_row in out:
        for v in out_row:
            total = total + v
    steps.append(Step(f"The pooled map, {len(out)} by {len(out[0])}. Its numbers add up to "
                      f"{fmt(total)}.", _grid_text(out), total))
    if row is not None or col is not None:
        if row is None or col is None:
            raise ValueError("Give both row and col to pick one cell of the pooled map.")
        r = _whole(row, "row", 1)
        c = _whole(col, "col", 1)
        if r > len(out) or c > len(out[0]):
            raise ValueError(f"The pooled map is only {len(out)} by {len(out[0])}.")
        steps.append(Step(f"The cell at row {r}, column {c} of the pooled map.",
                          f"pooled[{r}][{c}] = {fmt(out[r - 1][c - 1])}", out[r - 1][c - 1]))
    return steps


def channel_sum(patches: Sequence[Grid], kernels: Sequence[Grid]) -> list[Step]:
    """channel_sum([[[1]], [[2]]], [[[3]], [[4]]]): 1 × 3 = 3, 2 × 4 = 8, 3 + 8 = 11.

    `patches` holds the patch of each channel and `kernels` the filter's weights for that
    channel, both as grids of the same size. One step per channel, then the total.
    """
    if not patches or len(patches) != len(kernels):
        raise ValueError(f"Give one kernel per channel: got {len(patches)} patches and "
                         f"{len(kernels)} kernels.")
    sums = []
    steps = []
    for ch, (patch, kernel) in enumerate(zip(patches, kernels, strict=True), 1):
        _check_grid(patch)
        _check_grid(kernel)
        if len(patch) != len(kernel) or len(patch[0]) != len(kernel[0]):
            raise ValueError(f"Channel {ch}: the patch and the kernel must be the same size.")
        terms = []
        total = 0.0
        for prow, krow in zip(patch, kernel, strict=True):
            for x, w in zip(prow, krow, strict=True):
                terms.append(f"{fmt(x)} × {fmt(w)}")
                total = total + x * w
        sums.append(total)
        steps.append(Step(f"Channel {ch}: multiply each number by its weight, and add.",
                          f"{' + '.join(terms)} = {fmt(total)}", total))
    steps.append(sum_step("Add the sums of all the channels: one number for the feature map.", sums))
    return steps
