"""Worked steps for slopes without calculus symbols: rise over run, the nudge, the shortcut rules.

A curve is a list of parts [a, n], each meaning "a times x to the power n" (n a whole number
from 0 up), all added: [[1, 2]] is x², [[3, 2], [-2, 1], [5, 0]] is 3x² − 2x + 5.
Powers are worked out by repeated multiplication, so the TypeScript mirror gets the very same
numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import br
from fromzero.explain.steps import Step, fmt

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NUDGE_DECIMALS = 7  # the nudge changes tiny digits, so show more of them


def _parts(terms: Sequence[Sequence[float]]) -> list[tuple[float, int]]:
    parts = []
    for t in terms:
        if len(t) != 2 or int(t[1]) != t[1] or t[1] < 0:
            raise ValueError(
                "Each part of a curve is [number, power], with a whole power from 0 up."
            )
        parts.append((float(t[0]), int(t[1])))
    if not parts:
        raise ValueError("A curve needs at least one part.")
    return parts


def _x_power(n: int) -> str:
    if n == 0:
        return ""
    if n == 1:
        return "x"
    return "x" + str(n).translate(SUPERSCRIPT)


def _times_power(x: float, n: int) -> float:
    p = 1.0
    for _ in range(n):
        p = p * x
    return p


def curve_text(terms: Sequence[Sequence[float]]) -> str:
    """[[3, 2], [-2, 1], [5, 0]] -> '3x² − 2x + 5'."""
    out = ""
    for i, (a, n) in enumerate(_parts(terms)):
        size = abs(a) if i > 0 else a
        if n == 0:
            body = fmt(size)
        elif size == 1:
            body = _x_power(n)
        elif size == -1:
            body = "−" + _x_power(n)
        else:
            body = fmt(size) + _x_power(n)
        if i == 0:
            out = body
        else:
            out += (" − " if a < 0 else " + ") + body
    return out


def _sum_text(values: Sequence[float]) -> str:
    return " + ".join(fmt(v) if i == 0 else br(v) for i, v in enumerate(values))


def _value(parts: list[tuple[float, int]], x: float) -> float:
    total = 0.0
    for a, n in parts:
        total = total + a * _times_power(x, n)
    return total


def _power_text(x: float, n: int) -> str:
    """How to write x to the power n with the number in: '3²', '3', '1'."""
    if n == 0:
        return "1"
    if n == 1:
        return fmt(x)
    base = fmt(x) if x >= 0 else f"({fmt(x)})"
    return base + str(n).translate(SUPERSCRIPT)


def curve_value(terms: Sequence[Sequence[float]], x: float) -> list[Step]:
    """curve_value([[1, 2]], 3): 3² = 9, so y = 9."""
    parts = _parts(terms)
    steps = []
    values = []
    for a, n in parts:
        p = _times_power(x, n)
        v = a * p
        values.append(v)
        if n >= 2:
            expr = f"{fmt(a)} × {_power_text(x, n)} = {fmt(a)} × {fmt(p)} = {fmt(v)}"
        else:
            expr = f"{fmt(a)} × {br(p)} = {fmt(v)}"
        steps.append(Step(f"Work out the part {curve_text([[a, n]])} at x = {fmt(x)}.", expr, v))
    y = 0.0
    for v in values:
        y = y + v
    if len(values) > 1:
        steps.append(Step("Add the parts.", f"{_sum_text(values)} = {fmt(y)}", y))
    steps.append(
        Step(f"So the height of y = {curve_text(terms)} at x = {fmt(x)} is:", f"y = {fmt(y)}", y)
    )
    return steps


def rise_over_run(x1: float, y1: float, x2: float, y2: float) -> list[Step]:
    """rise_over_run(1, 2, 3, 6): rise 6 − 2 = 4, run 3 − 1 = 2, slope 4 ÷ 2 = 2."""
    if x1 == x2:
        raise ValueError("The two points need different x, or the run is 0 and we cannot divide.")
    rise = y2 - y1
    run = x2 - x1
    slope = rise / run
    return [
        Step(
            "Rise: how far up we go (new height − old height).",
            f"{fmt(y2)} − {fmt(y1)} = {fmt(rise)}",
            rise,
        ),
        Step(
            "Run: how far along we go (new x − old x).", f"{fmt(x2)} − {fmt(x1)} = {fmt(run)}", run
        ),
        Step("Slope = rise ÷ run.", f"{fmt(rise)} ÷ {fmt(run)} = {fmt(slope)}", slope),
    ]


def curve_rise_run(terms: Sequence[Sequence[float]], x1: float, x2: float) -> list[Step]:
    """The slope of the straight line between two points on a curve."""
    parts = _parts(terms)
    if x1 == x2:
        raise ValueError("The two points need different x, or the run is 0 and we cannot divide.")
    name = curve_text(terms)
    y1 = _value(parts, x1)
    y2 = _value(parts, x2)
    steps = [
        Step(f"The height of y = {name} at x = {fmt(x1)}.", f"y = {fmt(y1)}", y1),
        Step(f"The height of y = {name} at x = {fmt(x2)}.", f"y = {fmt(y2)}", y2),
    ]
    return steps + rise_over_run(x1, y1, x2, y2)


def nudge_slope(terms: Sequence[Sequence[float]], x: float, h: float = 0.001) -> list[Step]:
    """Step right by a tiny nudge h, see how far the curve rose, divide by h."""
    parts = _parts(terms)
    if h == 0:
        raise ValueError("The nudge cannot be 0: we divide by it.")
    name = curve_text(terms)
    d = NUDGE_DECIMALS
    y0 = _value(parts, x)
    x1 = x + h
    y1 = _value(parts, x1)
    rise = y1 - y0
    slope = rise / h
    return [
        Step(f"The height of y = {name} at x = {fmt(x, d)}.", f"y = {fmt(y0, d)}", y0),
        Step(f"Nudge x by a tiny {fmt(h, d)}.", f"{fmt(x, d)} + {fmt(h, d)} = {fmt(x1, d)}", x1),
        Step(f"The height at x = {fmt(x1, d)}.", f"y = {fmt(y1, d)}", y1),
        Step(
            "Rise: how much the height changed.",
            f"{fmt(y1, d)} − {fmt(y0, d)} = {fmt(rise, d)}",
            rise,
        ),
        Step("Slope = rise ÷ nudge.", f"{fmt(rise, d)} ÷ {fmt(h, d)} = {fmt(slope)}", slope),
    ]


def shortcut_slope(terms: Sequence[Sequence[float]], x: float) -> list[Step]:
    """The shortcut rules, part by part: a plain number has slope 0, a·x has slope a,
    a·xⁿ has slope a × n × x to the power n − 1. Then add the parts' slopes."""
    parts = _parts(terms)
    steps = []
    slopes = []
    for a, n in parts:
        part = curve_text([[a, n]])
        if n == 0:
            s = 0.0
            steps.append(
                Step(
                    f"The part {part} is a plain number. It never changes, so its slope is 0.",
                    f"slope of {part} = 0",
                    s,
                )
            )
        elif n == 1:
            s = a
            steps.append(
                Step(
                    f"The part {part} goes up by {fmt(a)} for each 1 along, so its slope is {fmt(a)}.",
                    f"slope of {part} = {fmt(s)}",
                    s,
                )
            )
        else:
            p = _times_power(x, n - 1)
            s = a * n * p
            if n >= 3:
                expr = f"{fmt(a)} × {n} × {_power_text(x, n - 1)} = {fmt(a)} × {n} × {fmt(p)} = {fmt(s)}"
            else:
                expr = f"{fmt(a)} × {n} × {br(p)} = {fmt(s)}"
            steps.append(
                Step(
                    f"The part {part}: bring the power {n} down to multiply, and make the "
                    f"power one less.",
                    expr,
                    s,
                )
            )
        slopes.append(s)
    total = 0.0
    for s in slopes:
        total = total + s
    if len(slopes) > 1:
        steps.append(
            Step("Add the slopes of the parts.", f"{_sum_text(slopes)} = {fmt(total)}", total)
        )
    steps.append(
        Step(
            f"So the slope of y = {curve_text(terms)} at x = {fmt(x)} is:",
            f"slope = {fmt(total)}",
            total,
        )
    )
    return steps
