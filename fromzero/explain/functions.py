"""Worked steps for a function machine: a number goes in, each rule is applied, a number comes out."""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt

WORDS = {"+": "Add", "−": "Take away", "×": "Multiply by", "÷": "Divide by", "^": "Raise to the power"}
SIGNS = {"+": "+", "-": "−", "−": "−", "*": "×", "×": "×", "/": "÷", "÷": "÷", "^": "^"}


def parse_rule(rule: str) -> tuple[str, float]:
    """'× 2' -> ('×', 2.0); '+ -1.5' -> ('+', -1.5). Signs may be typed as * / - too."""
    text = str(rule).strip()
    if not text or text[0] not in SIGNS or not text[1:].strip():
        raise ValueError(f"A rule starts with one of + − × ÷ ^ and then a number: got {rule!r}.")
    try:
        number = float(text[1:].strip().replace("−", "-"))
    except ValueError:
        raise ValueError(f"A rule starts with one of + − × ÷ ^ and then a number: got {rule!r}.") from None
    return SIGNS[text[0]], number


def apply_rule(sign: str, value: float, number: float) -> float:
    if sign == "+":
        return value + number
    if sign == "−":
        return value - number
    if sign == "×":
        return value * number
    if sign == "÷":
        if number == 0:
            raise ValueError("The machine cannot divide by 0.")
        return value / number
    if value == 0 and number < 0:
        raise ValueError("The machine cannot raise 0 to a negative power.")
    if value < 0 and number != int(number):
        raise ValueError("The machine cannot raise a negative number to a decimal power.")
    try:
        return float(value) ** number
    except OverflowError:
        return math.inf


def machine(x: float, rules: Sequence[str]) -> list[Step]:
    """machine(3, ['× 2', '+ 1']): 3 × 2 = 6, 6 + 1 = 7, output 7."""
    value = float(x)
    steps = [Step("The input goes into the machine.", f"input = {fmt(x)}", x)]
    for rule in rules:
        sign, number = parse_rule(rule)
        before = value
        value = apply_rule(sign, before, number)
        steps.append(Step(f"{WORDS[sign]} {fmt(number)}.",
                          f"{fmt(before)} {sign} {fmt(number)} = {fmt(value)}", value))
    steps.append(Step("The output comes out of the machine.", f"output = {fmt(value)}", value))
    return steps
