"""Worked steps for vectors: the dot product and a vector's length."""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import sum_step
from fromzero.explain.steps import Step, fmt


def dot(a: Sequence[float], b: Sequence[float]) -> list[Step]:
    """dot([1, 2, 3], [4, 5, 6]): 1 × 4 = 4, 2 × 5 = 10, 3 × 6 = 18, then 4 + 10 + 18 = 32."""
    if len(a) != len(b):
        raise ValueError(f"The dot product needs two vectors of the same length: got {len(a)} and {len(b)}.")
    if not a:
        raise ValueError("The dot product needs at least one number in each vector.")
    steps = []
    products = []
    for i, (x, y) in enumerate(zip(a, b, strict=True), start=1):
        p = x * y
        products.append(p)
        steps.append(Step(f"Multiply the numbers at position {i}.", f"{fmt(x)} × {fmt(y)} = {fmt(p)}", p))
    steps.append(sum_step("Add up all the products.", products))
    return steps


def vector_length(v: Sequence[float]) -> list[Step]:
    """vector_length([3, 4]): 3 × 3 + 4 × 4 = 25, √25 = 5."""
    if not v:
        raise ValueError("vector_length needs at least one number.")
    total = 0.0
    for x in v:
        total = total + x * x
    size = math.sqrt(total)
    return [
        Step("Multiply each number by itself and add them up.",
             f"{' + '.join(f'{fmt(x)} × {fmt(x)}' for x in v)} = {fmt(total)}", total),
        Step("Take the square root.", f"√{fmt(total)} = {fmt(size)}", size),
    ]
