"""Worked steps for training a network on points: how often it is right, and sigmoid's slope.

Backpropagation through a sigmoid needs its slope. With s = sigmoid(z), the slope is
s × (1 − s); `sigmoid_slope` shows it next to a nudge so the rule can be trusted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt

NUDGE_DECIMALS = 7


def accuracy(predictions: Sequence[float], labels: Sequence[float]) -> list[Step]:
    """accuracy([1, 0, 1, 1], [1, 0, 0, 1]) -> 3 right of 4 -> 3 ÷ 4 = 0.75."""
    if len(predictions) != len(labels):
        raise ValueError(f"accuracy needs one label per prediction: got {len(predictions)} "
                         f"predictions and {len(labels)} labels.")
    if not labels:
        raise ValueError("accuracy needs at least one point.")
    right = 0
    for p, t in zip(predictions, labels, strict=True):
        if p == t:
            right += 1
    n = len(labels)
    acc = right / n
    return [
        Step("Count the points where the prediction equals the label.", f"right = {right}", right),
        Step("Divide by how many points there are.", f"{right} ÷ {n} = {fmt(acc)}", acc),
        Step("As a percentage.", f"{fmt(acc)} × 100 = {fmt(acc * 100)} %", acc),
    ]


def sigmoid_slope(z: float, h: float = 0.001) -> list[Step]:
    """The slope of sigmoid at z: s × (1 − s), checked with a nudge."""
    d = NUDGE_DECIMALS
    s = 1 / (1 + math.exp(-z)) if z > -700 else 0.0
    one_minus = 1 - s
    slope = s * one_minus
    s2 = 1 / (1 + math.exp(-(z + h))) if z + h > -700 else 0.0
    nudge = (s2 - s) / h
    return [
        Step("Sigmoid of z.", f"s = sigmoid({fmt(z)}) = {fmt(s)}", s),
        Step("One minus that.", f"1 − {fmt(s)} = {fmt(one_minus)}", one_minus),
        Step("The nudge check: (sigmoid(z + nudge) − s) ÷ nudge.",
             f"({fmt(s2, d)} − {fmt(s, d)}) ÷ {fmt(h, d)} = {fmt(nudge)}", nudge),
        Step("The slope of sigmoid at z is s × (1 − s).", f"{fmt(s)} × {fmt(one_minus)} = {fmt(slope)}", slope),
    ]
