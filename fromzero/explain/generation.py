"""Worked steps for choosing the next token (m9.5): temperature, top-k, top-p and greedy.

temperature: divide every logit by T, then softmax (T below 1 sharpens, above 1 flattens).
top_k_filter: keep the k biggest chances, set the rest to 0, divide the kept ones by their total.
top_p_filter: sort, add up chances until the running total reaches p, keep those, renormalise.
greedy_pick: the position of the biggest chance (the first one on a tie).
Tokens are numbered from 0, like positions in a list; `tokens` may name them instead.
The TS mirror is web/src/explain/generation.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import softmax_steps, sum_step
from fromzero.explain.steps import Step, fmt
from fromzero.explain.text import show_char

EXP_LIMIT = 700.0  # e^700 still fits in a float; e^710 does not


def _names(n: int, tokens: Sequence[str] | None) -> list[str]:
    if tokens is None:
        return [str(i) for i in range(n)]
    if len(tokens) != n:
        raise ValueError(f"There are {n} numbers but {len(tokens)} tokens: give one token for "
                         "each number.")
    return [show_char(str(t)) for t in tokens]


def _check_chances(chances: Sequence[float]) -> list[float]:
    values = [float(c) for c in chances]
    if not values:
        raise ValueError("There must be at least one chance.")
    if any(not 0 <= c <= 1 for c in values):
        raise ValueError("Each chance must be a number from 0 to 1.")
    return values


def _show(show: int | None, n: int) -> int | None:
    if show is None:
        return None
    k = int(show)
    if show != k or not 0 <= k < n:
        raise ValueError(f"show picks a token from 0 to {n - 1}: got {show}.")
    return k


def _ranked(values: Sequence[float]) -> list[int]:
    """Positions from the biggest value to the smallest; a tie keeps the earlier one first."""
    return sorted(range(len(values)), key=lambda i: (-values[i], i))


def temperature(logits: Sequence[float], t: float, show: int = 0,
                tokens: Sequence[str] | None = None) -> list[Step]:
    """temperature([2, 1, 0], 0.5): 2 ÷ 0.5 = 4, 1 ÷ 0.5 = 2, 0 ÷ 0.5 = 0, then softmax.

    The chances come out 0.8668, 0.1173, 0.0159 (at T = 1 they were 0.6652, 0.2447, 0.09).
    The final value is the chance of token `show` (token 0 unless told).
    """
    values = [float(v) for v in logits]
    if not values:
        raise ValueError("temperature needs at least one logit.")
    t = float(t)
    if not t > 0:
        raise ValueError(f"The temperature must be more than 0: got {fmt(t)}. A temperature of "
                         "0 means greedy: take the biggest logit.")
    names = _names(len(values), tokens)
    k = _show(show, len(values))
    steps: list[Step] = []
    scaled = []
    for name, v in zip(names, values, strict=True):
        z = v / t
        scaled.append(z)
        steps.append(Step(f"Token {name}: divide its logit by the temperature.",
                          f"{fmt(v)} ÷ {fmt(t)} = {fmt(z)}", z))
    if max(scaled) > EXP_LIMIT:
        raise ValueError(f"A logit divided by {fmt(t)} is {fmt(max(scaled))}: too big for e to the "
                         "power of it. Use a bigger temperature or smaller logits.")
    soft, chances = softmax_steps(
        scaled, lambda i: f"Token {names[i]}: e to the power of the new number.",
        "Add them all up.", lambda i: f"Token {names[i]}: divide by the total. That is its chance.",
        power=math.exp)
    steps += soft
    assert k is not None
    steps.append(Step(f"So at temperature {fmt(t)}, the chance of token {names[k]} is:",
                      f"{fmt(chances[k])}", chances[k]))
    return steps


def _renormalise(values: list[float], kept: list[int], names: list[str], show: int | None,
                 steps: list[Step]) -> list[Step]:
    """Add up the kept chances, divide each kept one by that total, zero the rest."""
    kept_values = [values[i] for i in kept]
    steps.append(sum_step("Add up the chances we kept.", kept_values))
    total = steps[-1].value
    new = [0.0] * len(values)
    for i in range(len(values)):
        if i in kept:
            new[i] = values[i] / total
            steps.append(Step(f"Token {names[i]}: divide by that total. That is its new chance.",
                              f"{fmt(values[i])} ÷ {fmt(total)} = {fmt(new[i])}", new[i]))
        else:
            steps.append(Step(f"Token {names[i]} was cut: its new chance is 0.",
                              f"{fmt(values[i])} → 0", 0.0))
    steps.append(sum_step("Check: the new chances add up to 1.", [new[i] for i in kept]))
    if show is not None:
        steps.append(Step(f"So the new chance of token {names[show]} is:", f"{fmt(new[show])}",
                          new[show]))
    return steps


def top_k_filter(chances: Sequence[float], k: int, show: int | None = None,
                 tokens: Sequence[str] | None = None) -> list[Step]:
    """top_k_filter([0.5, 0.2, 0.2, 0.1], 2): keep 0.5 and the first 0.2, total 0.7.

    0.5 ÷ 0.7 = 0.7143, 0.2 ÷ 0.7 = 0.2857, the others become 0.
    show=i ends on token i's new chance.
    """
    values = _check_chances(chances)
    if k != int(k) or not 1 <= k <= len(values):
        raise ValueError(f"k must be a whole number from 1 to {len(values)}: got {k}.")
    k = int(k)
    names = _names(len(values), tokens)
    target = _show(show, len(values))
    order = _ranked(values)
    steps = [Step("Rank the chances from biggest to smallest.",
                  ", ".join(f"{names[i]}: {fmt(values[i])}" for i in order), values[order[0]])]
    kept = sorted(order[:k])
    steps.append(Step(f"Keep the {k} biggest." if k > 1 else "Keep only the biggest.",
                      "kept: " + ", ".join(names[i] for i in order[:k]), float(k)))
    return _renormalise(values, kept, names, target, steps)


def top_p_filter(chances: Sequence[float], p: float, show: int | None = None,
                 tokens: Sequence[str] | None = None) -> list[Step]:
    """top_p_filter([0.1, 0.5, 0.15, 0.25], 0.8): sorted 0.5, 0.25, 0.15, 0.1.

    Running total 0.5, then 0.75 (below 0.8), then 0.9 (reached): keep three, total 0.9.
    show=i ends on token i's new chance.
    """
    values = _check_chances(chances)
    p = float(p)
    if not 0 < p <= 1:
        raise ValueError(f"p must be more than 0 and at most 1: got {fmt(p)}.")
    names = _names(len(values), tokens)
    target = _show(show, len(values))
    order = _ranked(values)
    steps = [Step("Rank the chances from biggest to smallest.",
                  ", ".join(f"{names[i]}: {fmt(values[i])}" for i in order), values[order[0]])]
    running = 0.0
    kept: list[int] = []
    for i in order:
        before = running
        running = running + values[i]
        kept.append(i)
        expr = fmt(running)
        if len(kept) > 1:
            expr = f"{fmt(before)} + {fmt(values[i])} = {fmt(running)}"
        if running >= p - 1e-12:
            steps.append(Step(f"Keep token {names[i]}. The running total reaches {fmt(p)}: stop.",
                              expr, running))
            break
        steps.append(Step(f"Keep token {names[i]}. The running total is still below {fmt(p)}.",
                          expr, running))
    return _renormalise(values, sorted(kept), names, target, steps)


def greedy_pick(chances: Sequence[float], tokens: Sequence[str] | None = None) -> list[Step]:
    """greedy_pick([0.2, 0.5, 0.3]) -> token 1: walk along, keep the biggest seen so far.

    Works the same on logits: the biggest logit always has the biggest chance.
    """
    values = [float(c) for c in chances]
    if not values:
        raise ValueError("greedy_pick needs at least one chance.")
    names = _names(len(values), tokens)
    best = 0
    steps = [Step(f"Start with token {names[0]}: the biggest so far.", f"{fmt(values[0])}", 0.0)]
    for i in range(1, len(values)):
        if values[i] > values[best]:
            steps.append(Step(f"Token {names[i]} is bigger: it is the new best.",
                              f"{fmt(values[i])} > {fmt(values[best])}", float(i)))
            best = i
        else:
            steps.append(Step(f"Token {names[i]} is not bigger: keep token {names[best]}.",
                              f"{fmt(values[i])} ≤ {fmt(values[best])}", float(best)))
    steps.append(Step(f"Greedy picks token {names[best]}, at position:", f"{best}", float(best)))
    return steps
