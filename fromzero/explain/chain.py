"""Worked steps for the chain rule: if A moves B and B moves C, then A moves C.

How fast C moves when A moves is the product of the links: (how fast B moves for A) × (how fast
C moves for B). `chain_nudge` checks that with the nudge method of Part 3.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import br
from fromzero.explain.steps import Step, fmt

NUDGE_DECIMALS = 7


def chain_rule(rates: Sequence[float]) -> list[Step]:
    """chain_rule([3, 2]) -> 3 × 2 = 6: each link's rate multiplies the total rate so far."""
    if not rates:
        raise ValueError("The chain needs at least one link.")
    names = "ABCDEFGHIJ"
    if len(rates) >= len(names):
        raise ValueError(f"At most {len(names) - 1} links, please: got {len(rates)}.")
    steps: list[Step] = []
    for i, r in enumerate(rates):
        steps.append(Step(f"Link {i + 1}: when {names[i]} moves by 1, {names[i + 1]} moves by this much.",
                          f"rate {names[i]} → {names[i + 1]} = {fmt(r)}", r))
    total = rates[0]
    for i, r in enumerate(rates[1:], start=1):
        before = total
        total = total * r
        steps.append(Step(f"Multiply by link {i + 1}: how much {names[i + 1]} moves when "
                          f"{names[0]} moves by 1.", f"{br(before)} × {br(r)} = {fmt(total)}", total))
    if len(rates) == 1:
        steps.append(Step("Only one link: the rate is that link's rate.", f"rate = {fmt(total)}", total))
    return steps


def chain_nudge(a: float, m: float, h: float = 0.001, show: str = "rule") -> list[Step]:
    """b = m × a and c = b × b. The chain rule says c moves m × (2 × b) for each 1 that a moves;
    nudging a a tiny bit gives nearly the same number. The last step carries the chain rule's
    answer (show='rule') or the nudge's (show='nudge')."""
    if show not in ("rule", "nudge"):
        raise ValueError(f"show must be 'rule' or 'nudge': got {show!r}.")
    if h == 0:
        raise ValueError("The nudge cannot be 0: we divide by it.")
    d = NUDGE_DECIMALS
    b = m * a
    c = b * b
    rate_ab = m
    rate_bc = 2 * b
    rule = rate_ab * rate_bc
    a2 = a + h
    b2 = m * a2
    c2 = b2 * b2
    change = c2 - c
    nudge = change / h
    return [
        Step("First link: b = m × a.", f"b = {br(m)} × {br(a)} = {fmt(b)}", b),
        Step("Second link: c = b × b.", f"c = {br(b)} × {br(b)} = {fmt(c)}", c),
        Step("How fast b moves for a: the number a is multiplied by.", f"rate a → b = {fmt(rate_ab)}", rate_ab),
        Step("How fast c moves for b: the shortcut rule for b × b is 2 × b.",
             f"rate b → c = 2 × {br(b)} = {fmt(rate_bc)}", rate_bc),
        Step("Chain rule: multiply the two rates.", f"{br(rate_ab)} × {br(rate_bc)} = {fmt(rule)}", rule),
        Step(f"Check by nudging a by {fmt(h, d)}.", f"a = {fmt(a2, d)}, b = {fmt(b2, d)}, c = {fmt(c2, d)}", c2),
        Step("Change in c ÷ nudge.", f"({fmt(c2, d)} − {br(c)}) ÷ {fmt(h, d)} = {fmt(nudge)}", nudge),
        Step("The chain rule's answer (the nudge gives almost the same).", f"rate a → c = {fmt(rule)}", rule)
        if show == "rule" else
        Step("The nudge's answer (the chain rule gives almost the same).", f"rate a → c ≈ {fmt(nudge)}", nudge),
    ]
