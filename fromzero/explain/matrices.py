"""Worked steps for matrix multiplication: each answer is a row of A dotted with a column of B."""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt

Matrix = Sequence[Sequence[float]]


def shape(m: Matrix) -> tuple[int, int]:
    if not m or not m[0] or any(len(row) != len(m[0]) for row in m):
        raise ValueError("A matrix needs at least one row, and every row the same length.")
    return len(m), len(m[0])


def _entry(a: Matrix, b: Matrix, i: int, j: int) -> Step:
    pairs = [(a[i][k], b[k][j]) for k in range(len(b))]
    total = 0.0
    for x, y in pairs:
        total = total + x * y
    expr = " + ".join(f"{fmt(x)} × {fmt(y)}" for x, y in pairs) + f" = {fmt(total)}"
    return Step(f"Row {i + 1} of A times column {j + 1} of B.", expr, total)


def _check(a: Matrix, b: Matrix) -> tuple[int, int, int]:
    (n, k), (k2, p) = shape(a), shape(b)
    if k != k2:
        raise ValueError(f"A is {n} by {k} and B is {k2} by {p}: the rows of A need as many "
                         f"numbers as B has rows ({k} is not {k2}).")
    return n, k, p


def matmul(a: Matrix, b: Matrix) -> list[Step]:
    """matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]): 1 × 5 + 2 × 7 = 19, ... -> [[19, 22], [43, 50]]."""
    n, _, p = _check(a, b)
    steps = [_entry(a, b, i, j) for i in range(n) for j in range(p)]
    rows = [[steps[i * p + j].value for j in range(p)] for i in range(n)]
    text = "[" + ", ".join("[" + ", ".join(fmt(v) for v in row) + "]" for row in rows) + "]"
    steps.append(Step(f"Put the answers in a {n} by {p} grid.", f"A × B = {text}", rows[-1][-1]))
    return steps


def matmul_entry(a: Matrix, b: Matrix, row: int, col: int) -> list[Step]:
    """One answer of A × B: row `row` of A with column `col` of B (both counted from 1)."""
    n, _, p = _check(a, b)
    if not (1 <= row <= n and 1 <= col <= p):
        raise ValueError(f"The answer grid is {n} by {p}: there is no row {row}, column {col}.")
    return [_entry(a, b, int(row) - 1, int(col) - 1)]
