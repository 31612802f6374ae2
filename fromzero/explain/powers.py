"""Worked steps for powers (2^3 = 2 × 2 × 2) and square roots (guess, check, improve)."""

from __future__ import annotations

from fromzero.explain.steps import Step, fmt


def power(base: float, exponent: int) -> list[Step]:
    """power(2, 3): 2, 2 × 2 = 4, 4 × 2 = 8. A negative power ends with 1 ÷ that."""
    if exponent != int(exponent):
        raise ValueError(f"power shows whole-number powers only: got {exponent}.")
    n = abs(int(exponent))
    if n == 0:
        return [Step("Any number to the power 0 is 1: we multiply by nothing at all.",
                     f"{fmt(base)}^0 = 1", 1.0)]
    value = base
    steps = [Step("Start with the base.", f"{fmt(base)}", value)]
    for _ in range(n - 1):
        before = value
        value = before * base
        steps.append(Step("Multiply by the base once more.",
                          f"{fmt(before)} × {fmt(base)} = {fmt(value)}", value))
    if exponent < 0:
        before = value
        value = 1 / before
        steps.append(Step("The power is negative, so divide 1 by that.",
                          f"1 ÷ {fmt(before)} = {fmt(value)}", value))
    steps.append(Step("That is the power.", f"{fmt(base)}^{fmt(int(exponent))} = {fmt(value)}", value))
    return steps


def sqrt(x: float, max_steps: int = 30) -> list[Step]:
    """sqrt(9): guess 1; average the guess with 9 ÷ guess until guess × guess is 9."""
    if x < 0:
        raise ValueError(f"A negative number has no square root on the number line: got {x}.")
    if x == 0:
        return [Step("0 × 0 = 0, so the square root of 0 is 0.", "√0 = 0", 0.0)]
    guess = 1.0
    steps = [Step("Start with a guess of 1.", "guess = 1", guess)]
    for _ in range(max_steps):
        other = x / guess
        new = (guess + other) / 2
        steps.append(Step(f"Divide {fmt(x)} by the guess, then take the middle of the two.",
                          f"{fmt(x)} ÷ {fmt(guess)} = {fmt(other)}, "
                          f"({fmt(guess)} + {fmt(other)}) ÷ 2 = {fmt(new)}", new))
        if new == guess or abs(new * new - x) <= 1e-12 * x:
            guess = new
            break
        guess = new
    steps.append(Step("Check: multiply the answer by itself.",
                      f"{fmt(guess)} × {fmt(guess)} = {fmt(guess * guess)}", guess * guess))
    steps.append(Step("So the square root is:", f"√{fmt(x)} = {fmt(guess)}", guess))
    return steps
