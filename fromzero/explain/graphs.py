"""Worked steps for the points of a straight line y = m × x + c."""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt


def line_point(m: float, c: float, x: float) -> list[Step]:
    """line_point(2, 1, 3): 2 × 3 = 6, 6 + 1 = 7, the point (3, 7)."""
    times = m * x
    y = times + c
    return [
        Step("Multiply x by the slope.", f"{fmt(m)} × {fmt(x)} = {fmt(times)}", times),
        Step("Add the starting height.", f"{fmt(times)} + {fmt(c)} = {fmt(y)}", y),
        Step("Go right by x and up by y to put the dot.", f"point ({fmt(x)}, {fmt(y)})", y),
    ]


def line_table(m: float, c: float, xs: Sequence[float]) -> list[Step]:
    """line_table(2, 0, [0, 1, 2]): one dot per x, each worked out."""
    if not xs:
        raise ValueError("line_table needs at least one x.")
    steps = []
    for x in xs:
        y = m * x + c
        steps.append(Step(f"For x = {fmt(x)}: slope times x, plus the starting height.",
                          f"{fmt(m)} × {fmt(x)} + {fmt(c)} = {fmt(y)}, point ({fmt(x)}, {fmt(y)})", y))
    return steps
