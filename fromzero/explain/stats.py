"""Worked steps for the mean (the average) and the variance (how spread out numbers are)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import sum_step
from fromzero.explain.steps import Step, fmt


def _sum_steps(values: Sequence[float], what: str) -> tuple[list[Step], float]:
    step = sum_step(f"Add up all the {what}.", values)
    return [step], step.value


def mean(values: Sequence[float]) -> list[Step]:
    """mean([2, 4, 9]): 2 + 4 + 9 = 15, 15 ÷ 3 = 5."""
    if not values:
        raise ValueError("The mean needs at least one number.")
    steps, total = _sum_steps(values, "numbers")
    m = total / len(values)
    steps.append(Step(f"Divide by how many numbers there are ({len(values)}).",
                      f"{fmt(total)} ÷ {len(values)} = {fmt(m)}", m))
    return steps


def variance(values: Sequence[float]) -> list[Step]:
    """variance([2, 4, 9]): the mean 5; gaps −3, −1, 4; squares 9, 1, 16; 26 ÷ 3 = 8.6667."""
    steps = mean(values)
    m = steps[-1].value
    squares = []
    for v in values:
        gap = v - m
        sq = gap * gap
        squares.append(sq)
        steps.append(Step(f"How far is {fmt(v)} from the mean? Multiply that gap by itself.",
                          f"{fmt(v)} − {fmt(m)} = {fmt(gap)}, {fmt(gap)} × {fmt(gap)} = {fmt(sq)}", sq))
    more, total = _sum_steps(squares, "squared gaps")
    steps += more
    var = total / len(values)
    steps.append(Step(f"Divide by how many numbers there are ({len(values)}).",
                      f"{fmt(total)} ÷ {len(values)} = {fmt(var)}", var))
    return steps


def std(values: Sequence[float]) -> list[Step]:
    """std([2, 4, 9]): the variance, then its square root."""
    steps = variance(values)
    var = steps[-1].value
    sd = math.sqrt(var)
    steps.append(Step("Take the square root of the variance.", f"√{fmt(var)} = {fmt(sd)}", sd))
    return steps
