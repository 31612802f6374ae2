"""Worked steps for e, e to a power, and logarithms (how many times do we multiply?)."""

from __future__ import annotations

import math

from fromzero.explain._common import exp as _exp
from fromzero.explain.steps import Step, fmt


def e_limit(n: int) -> list[Step]:
    """e_limit(12): 1 ÷ 12, 1 + that, then to the power 12: 2.613. Bigger n creeps up to e."""
    if n < 1 or n != int(n):
        raise ValueError(f"e_limit needs a whole number of 1 or more: got {n}.")
    n = int(n)
    part = 1 / n
    grow = 1 + part
    value = grow ** n
    return [
        Step(f"Split one year into {n} part{'' if n == 1 else 's'}.", f"1 ÷ {n} = {fmt(part)}", part),
        Step("Each part, your money grows by that much.", f"1 + {fmt(part)} = {fmt(grow)}", grow),
        Step(f"It grows like that {n} time{'' if n == 1 else 's'}.", f"{fmt(grow)}^{n} = {fmt(value)}", value),
    ]


def exp(x: float) -> list[Step]:
    """exp(2): e is about 2.7183; e × e = 7.3891. Other powers come straight from the calculator."""
    steps = [Step("e is a special number, about 2.7183.", f"e ≈ {fmt(math.e)}", math.e)]
    if x == int(x) and 2 <= x <= 5:
        value = math.e
        for _ in range(int(x) - 1):
            before = value
            value = before * math.e
            steps.append(Step("Multiply by e once more.", f"{fmt(before)} × {fmt(math.e)} = {fmt(value)}", value))
    value = _exp(x)
    steps.append(Step(f"So e to the power {fmt(x)} is:", f"e^{fmt(x)} = {fmt(value)}", value))
    return steps


def log(x: float, base: float | str = 10) -> list[Step]:
    """log(8, 2): 8 ÷ 2 = 4, 4 ÷ 2 = 2, 2 ÷ 2 = 1: three times, so log base 2 of 8 = 3.

    base may be the word "e" for the natural logarithm, ln.
    """
    natural = base == "e"
    base = math.e if natural else float(base)
    if x <= 0:
        raise ValueError(f"Only a number bigger than 0 has a logarithm: got {x}.")
    if base <= 0 or base == 1:
        raise ValueError(f"The base of a logarithm must be bigger than 0 and not 1: got {base}.")
    name = "ln" if natural else f"log base {fmt(base)}"
    b = "e" if natural else fmt(base)
    steps = []
    value = x
    count = 0
    while base > 1 and value >= base and count < 12:
        before = value
        value = before / base
        count += 1
        steps.append(Step(f"Divide by {b}. That is {count} time{'' if count == 1 else 's'} so far.",
                          f"{fmt(before)} ÷ {b} = {fmt(value)}", value))
    if value == 1:
        answer = float(count)
        steps.append(Step(f"We reached 1 after dividing {count} time{'' if count == 1 else 's'}.",
                          f"{name} of {fmt(x)} = {count}", answer))
    else:
        answer = math.log(x) / math.log(base)
        if steps:
            steps.append(Step("We did not land on 1 exactly, so the answer is not a whole number. "
                              "The calculator finds it.", f"{name} of {fmt(x)} = {fmt(answer)}", answer))
        else:
            steps.append(Step("The calculator finds how many times.",
                              f"{name} of {fmt(x)} = {fmt(answer)}", answer))
    check = base ** answer
    steps.append(Step("Check: raise the base to that power.", f"{b}^{fmt(answer)} = {fmt(check)}", check))
    steps.append(Step("The logarithm is:", f"{name} of {fmt(x)} = {fmt(answer)}", answer))
    return steps
