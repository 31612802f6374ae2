"""Worked steps for Part 1's numbers: binary, how decimals are stored, and numbers too big to keep.

Every text here has a character-for-character twin in web/src/explain/numbers.ts.
"""

from __future__ import annotations

import math

from fromzero.explain.steps import Step, fmt


def big(x: float) -> str:
    """fmt for any size: 1e308 -> '1 × 10^308' (fmt itself is for everyday sizes)."""
    if math.isfinite(x) and abs(x) >= 1e15:
        mantissa, exponent = f"{x:.4e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".").replace("-", "−")
        return f"{mantissa} × 10^{int(exponent)}"
    return fmt(x)


def stored(x: float) -> str:
    """The number a computer really keeps for x, to 20 decimals: 0.1 -> 0.10000000000000000555."""
    return f"{x:.20f}".replace("-", "−")


def shortest(x: float) -> str:
    """What Python prints for x: the shortest text that leads back to the stored number.

    Mirrors JavaScript's String(x) for numbers from 0.0001 up to 10^15.
    """
    text = repr(float(x))
    text = text.removesuffix(".0")
    return text.replace("-", "−")


def to_binary(n: int) -> list[Step]:
    """to_binary(13): 13 = 2 × 6 + 1, 6 = 2 × 3 + 0, 3 = 2 × 1 + 1, 1 = 2 × 0 + 1 -> 1101."""
    if n != int(n) or n < 0:
        raise ValueError(f"to_binary needs a whole number that is 0 or more: got {n}.")
    n = int(n)
    if n == 0:
        return [Step("Zero is written 0 in binary too.", "0 → 0", 0.0)]
    steps = []
    bits = []
    left = n
    while left > 0:
        half, bit = divmod(left, 2)
        bits.append(str(bit))
        steps.append(Step(f"Make pairs from {left}: {half} pair{'' if half == 1 else 's'} and {bit} left over.",
                          f"{left} = 2 × {half} + {bit}", float(bit)))
        left = half
    answer = "".join(reversed(bits))
    steps.append(Step("Read the left-over digits from the last one to the first.",
                      f"{n} → {answer}", float(answer)))
    return steps


def from_binary(bits: str) -> list[Step]:
    """from_binary('1101'): 1 × 8 + 1 × 4 + 0 × 2 + 1 × 1 = 13."""
    bits = str(bits)
    if not bits or any(c not in "01" for c in bits):
        raise ValueError(f"from_binary needs only the digits 0 and 1: got {bits!r}.")
    steps = []
    total = 0
    for i, c in enumerate(bits):
        place = 2 ** (len(bits) - 1 - i)
        part = int(c) * place
        before = total
        total += part
        if i == 0:
            steps.append(Step(f"Digit {c} sits in the {place}s place.",
                              f"{c} × {place} = {part}", float(total)))
        else:
            steps.append(Step(f"Digit {c} sits in the {place}s place. Add it on.",
                              f"{before} + {c} × {place} = {total}", float(total)))
    steps.append(Step("That is the number in everyday digits.", f"{bits} → {total}", float(total)))
    return steps


def float_sum(a: float, b: float) -> list[Step]:
    """float_sum(0.1, 0.2): the stored numbers, their sum, and what Python prints (0.30000000000000004)."""
    s = a + b
    return [
        Step("The computer keeps the closest number it can to the first one.",
             f"{fmt(a)} is kept as {stored(a)}", a),
        Step("It does the same for the second one.", f"{fmt(b)} is kept as {stored(b)}", b),
        Step("It adds them and keeps the closest number it can to the sum.",
             f"{stored(a)} + {stored(b)} → {stored(s)}", s),
        Step("Python prints the shortest form of that stored number.",
             f"print → {shortest(s)}", s),
    ]


def overflow(x: float, factor: float, times: int) -> list[Step]:
    """Multiply x by factor again and again; past about 1.8 × 10^308 it becomes infinity.

    The last step takes the number away from itself: 0 for a real number, NaN for infinity.
    """
    steps = []
    value = float(x)
    for _ in range(int(times)):
        before = value
        value = before * factor
        if math.isinf(value) and not math.isinf(before):
            text = "Too big to store! The computer gives up and writes infinity."
        else:
            text = f"Multiply by {big(factor)}."
        steps.append(Step(text, f"{big(before)} × {big(factor)} = {big(value)}", value))
    diff = value - value
    if math.isnan(diff):
        text = "Take it away from itself. Infinity minus infinity has no answer: NaN."
    else:
        text = "Take it away from itself. Any real number minus itself is 0."
    steps.append(Step(text, f"{big(value)} − {big(value)} = {big(diff)}", diff))
    return steps
