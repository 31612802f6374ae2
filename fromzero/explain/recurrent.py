"""Worked steps for a recurrent network: tanh, one step of memory, a whole sequence, and the
slope that shrinks (or grows) as it travels back through time.

The TS mirror is web/src/explain/recurrent.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import exp
from fromzero.explain.steps import Step, fmt


def tanh_value(x: float) -> float:
    """(e^x − e^−x) ÷ (e^x + e^−x), computed the way the steps show it; ±1 when e^x overflows."""
    up = exp(x)
    down = exp(-x)
    if math.isinf(up):
        return 1.0
    if math.isinf(down):
        return -1.0
    return (up - down) / (up + down)


def tanh(x: float) -> list[Step]:
    """tanh(1): e^1 = 2.7183, e^−1 = 0.3679, 2.3504 ÷ 3.0862 = 0.7616."""
    up = exp(x)
    down = exp(-x)
    steps = [
        Step("Raise e (about 2.718) to the input.", f"e^{fmt(x)} = {fmt(up)}", up),
        Step("Raise e to minus the input.", f"e^{fmt(-x)} = {fmt(down)}", down),
    ]
    if math.isinf(up) or math.isinf(down):
        out = tanh_value(x)
        steps.append(Step("One of them is too big to store. Far from 0, tanh is as close to "
                          "1 (or −1) as a number can be.", f"tanh({fmt(x)}) = {fmt(out)}", out))
        return steps
    top = up - down
    bottom = up + down
    out = top / bottom
    steps += [
        Step("Take the second from the first.", f"{fmt(up)} − {fmt(down)} = {fmt(top)}", top),
        Step("Add the two.", f"{fmt(up)} + {fmt(down)} = {fmt(bottom)}", bottom),
        Step("Divide the difference by the sum.", f"{fmt(top)} ÷ {fmt(bottom)} = {fmt(out)}", out),
    ]
    return steps


def rnn_step(x: float, h: float, w_x: float, w_h: float, b: float) -> list[Step]:
    """rnn_step(1, 0, 0.5, 0.8, 0): 0.5 × 1 = 0.5, 0.8 × 0 = 0, sum 0.5, tanh(0.5) = 0.4621."""
    from_x = w_x * x
    from_h = w_h * h
    total = from_x + from_h + b
    out = tanh_value(total)
    return [
        Step("Multiply the new input by its weight.", f"{fmt(w_x)} × {fmt(x)} = {fmt(from_x)}", from_x),
        Step("Multiply the old memory by its weight.", f"{fmt(w_h)} × {fmt(h)} = {fmt(from_h)}", from_h),
        Step("Add the two and the bias.",
             f"{fmt(from_x)} + {fmt(from_h)} + {fmt(b)} = {fmt(total)}", total),
        Step("Squash with tanh: that is the new memory.", f"tanh({fmt(total)}) = {fmt(out)}", out),
    ]


def rnn_sequence(
    xs: Sequence[float], h0: float, w_x: float, w_h: float, b: float
) -> list[Step]:
    """One step per input, each using the memory the step before made; the last value is the last h."""
    if len(xs) == 0:
        raise ValueError("rnn_sequence needs at least one input.")
    h = h0
    steps = [Step("Start with the memory empty.", f"h = {fmt(h0)}", h0)]
    for t, x in enumerate(xs, start=1):
        from_x = w_x * x
        from_h = w_h * h
        total = from_x + from_h + b
        new = tanh_value(total)
        steps.append(Step(
            f"Time step {t}: read the input {fmt(x)}.",
            f"tanh({fmt(w_x)} × {fmt(x)} + {fmt(w_h)} × {fmt(h)} + {fmt(b)}) "
            f"= tanh({fmt(total)}) = {fmt(new)}",
            new,
        ))
        h = new
    return steps


def rnn_vector_step(
    x: float, h: Sequence[float], w_x: Sequence[float], w_h: Sequence[Sequence[float]],
    b: Sequence[float], show: int | None = None,
) -> list[Step]:
    """Two (or more) memory numbers: each one is its own rnn_step that reads the whole old memory.

    show=i (from 0) ends with memory number i + 1 as the final value; otherwise the last one is.
    """
    n = len(h)
    if not (len(w_x) == n and len(b) == n and len(w_h) == n and all(len(r) == n for r in w_h)):
        raise ValueError(f"The memory has {n} numbers: w_x and b need {n} each, and w_h needs "
                         f"{n} rows of {n}.")
    steps: list[Step] = []
    for i in range(n):
        from_x = w_x[i] * x
        total = from_x
        parts = [f"{fmt(w_x[i])} × {fmt(x)}"]
        for j in range(n):
            total = total + w_h[i][j] * h[j]
            parts.append(f"{fmt(w_h[i][j])} × {fmt(h[j])}")
        total = total + b[i]
        parts.append(fmt(b[i]))
        steps.append(Step(f"Memory number {i + 1}: input, all the old memory, and its bias.",
                          f"{' + '.join(parts)} = {fmt(total)}", total))
        out = tanh_value(total)
        steps.append(Step(f"Squash with tanh: the new memory number {i + 1}.",
                          f"tanh({fmt(total)}) = {fmt(out)}", out))
    if show is not None:
        if show != int(show) or not 0 <= show < n:
            raise ValueError(f"show picks a memory number from 0 to {n - 1}: got {show}.")
        picked = steps[2 * int(show) + 1].value
        steps.append(Step(f"So the new memory number {int(show) + 1} is:",
                          f"h{int(show) + 1} = {fmt(picked)}", picked))
    return steps


def _sf(x: float) -> str:
    """Slopes get more digits than usual, so 0.0019531 × 0.5 does not read as 0.002 × 0.5."""
    return fmt(x, 2) if abs(x) >= 10 else fmt(x, 6)


def slope_through_time(factor: float, steps: int) -> list[Step]:
    """slope_through_time(0.5, 10): 0.5, 0.25, ... 0.5^10 = 0.000977. Past 6 steps, show only the end."""
    if steps != int(steps) or steps < 1:
        raise ValueError(f"steps is a whole number of 1 or more: got {steps}.")
    n = int(steps)
    value = factor
    out = [Step("One step back: the slope is multiplied by the factor once.",
                f"{_sf(factor)}", value)]
    for k in range(2, n + 1):
        before = value
        value = before * factor
        if k <= 5 or k == n:
            out.append(Step(f"{k} steps back: multiply by the factor once more.",
                            f"{_sf(before)} × {_sf(factor)} = {_sf(value)}", value))
        elif k == 6:
            out.append(Step("… and so on, one multiplication per step …", "…", value))
    out.append(Step(f"After {n} step{'' if n == 1 else 's'} back, the slope is:",
                    f"{_sf(factor)}^{n} = {_sf(value)}", value))
    return out
