"""Small helpers that many worked examples share: sums, e^x, ln, number text, softmax steps.

Sums are added left to right, one at a time (Python's sum() compensates rounding; the TS mirror
in web/src/explain/ does not), so both sides print the very same characters.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from fromzero.explain.steps import Step, fmt


def add(values: Sequence[float]) -> float:
    """Left to right, one at a time, exactly like the TS mirror."""
    total = 0.0
    for v in values:
        total = total + v
    return total


def exp(x: float) -> float:
    """e to the power x: 0 for −infinity, infinity (not a crash) when it is too big to store."""
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def ln(x: float) -> float:
    """The natural logarithm, with ln(0) = −infinity instead of an error."""
    return -math.inf if x == 0 else math.log(x)


def br(x: float) -> str:
    """A number written after an operator: negatives get brackets, '0.5 × (−0.3)'."""
    text = fmt(x)
    return f"({text})" if text.startswith("−") else text


def vec(values: Sequence[float]) -> str:
    """A list of numbers as text: '[1, 0.5, −2]'."""
    return "[" + ", ".join(fmt(v) for v in values) + "]"


def sum_step(text: str, values: Sequence[float]) -> Step:
    """One step that adds the values left to right: 'a + b + c = total'."""
    total = add(values)
    return Step(text, f"{' + '.join(fmt(v) for v in values)} = {fmt(total)}", total)


def softmax_steps(values: Sequence[float], power_text: Callable[[int], str], total_text: str,
                  divide_text: Callable[[int], str],
                  power: Callable[[float], float] = exp) -> tuple[list[Step], list[float]]:
    """Softmax with its work shown: e to the power of each value, add them up, divide each.

    power_text(i) and divide_text(i) say the step for value i; `power` is e^x (math.exp where a
    caller wants overflow to raise). Returns the steps and the chances.
    """
    steps = []
    ups = []
    for i, v in enumerate(values):
        e = power(v)
        ups.append(e)
        steps.append(Step(power_text(i), f"e^{fmt(v)} = {fmt(e)}", e))
    total_step = sum_step(total_text, ups)
    steps.append(total_step)
    total = total_step.value
    chances = []
    for i, e in enumerate(ups):
        p = e / total
        chances.append(p)
        steps.append(Step(divide_text(i), f"{fmt(e)} ÷ {fmt(total)} = {fmt(p)}", p))
    return steps, chances
