"""Worked steps for turning a network's scores into chances, and for the loss on classes.

softmax: e to the power of each score, add them up, divide each by the total.
cross_entropy: the loss is −ln(the chance given to the right class).
softmax_slope: the slope of that loss for each score is (chance − one-hot target).
Classes are numbered from 0, like positions in a Python list (and like the digits 0 to 9).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import add, br, ln, softmax_steps, sum_step
from fromzero.explain.steps import Step, fmt

NUDGE_DECIMALS = 7


def _join(values: Sequence[float], decimals: int | None = None) -> str:
    return ", ".join(fmt(v) if decimals is None else fmt(v, decimals) for v in values)


def _check_scores(scores: Sequence[float]) -> list[float]:
    if len(scores) == 0:
        raise ValueError("softmax needs at least one score.")
    return [float(s) for s in scores]


def _check_class(target: int, n: int) -> int:
    if target != int(target) or not 0 <= target < n:
        raise ValueError(f"The right class must be a whole number from 0 to {n - 1}: got {target}.")
    return int(target)


def chances_of(scores: Sequence[float]) -> list[float]:
    """Softmax without steps, the stable way: chances_of([0, 0]) -> [0.5, 0.5]."""
    values = _check_scores(scores)
    biggest = max(values)
    exps = [math.exp(s - biggest) for s in values]
    total = add(exps)
    return [e / total for e in exps]


def softmax(scores: Sequence[float], stable: bool = False, show: int | None = None) -> list[Step]:
    """softmax([0.65, 0.3, 0.8]): e^0.65 = 1.9155, ..., total 5.4909, 1.9155 ÷ 5.4909 = 0.3488, ...

    stable=True first takes the biggest score away from every score (same chances, no overflow).
    show=k adds a last step with the chance of class k, so {{= }} can print it.
    """
    values = _check_scores(scores)
    steps: list[Step] = []
    if stable:
        biggest = max(values)
        steps.append(Step("Find the biggest score.", f"biggest = {fmt(biggest)}", biggest))
        shifted = []
        for i, s in enumerate(values):
            d = s - biggest
            shifted.append(d)
            steps.append(Step(f"Class {i}: take the biggest score away.",
                              f"{fmt(s)} − {br(biggest)} = {fmt(d)}", d))
        values = shifted
    soft, chances = softmax_steps(values, lambda i: f"Class {i}: e to the power of its score.",
                                  "Add them all up.",
                                  lambda i: f"Class {i}: divide by the total. That is its chance.")
    steps += soft
    steps.append(sum_step("Check: the chances add up to 1.", chances))
    if show is not None:
        k = _check_class(show, len(chances))
        steps.append(Step(f"So the chance of class {k} is:", f"chance of class {k} = {fmt(chances[k])}",
                          chances[k]))
    return steps


def cross_entropy(target: int, chances: Sequence[float] | None = None,
                  scores: Sequence[float] | None = None) -> list[Step]:
    """cross_entropy(target=2, chances=[0.35, 0.25, 0.4]): ln(0.4) = −0.9163, so the loss is 0.9163.

    Give chances, or give scores and softmax turns them into chances first.
    """
    steps: list[Step] = []
    if scores is not None:
        probs = chances_of(scores)
        k = _check_class(target, len(probs))
        steps.append(Step("Softmax turns the scores into chances.",
                          f"softmax({_join(scores)}) = {_join(probs)}", probs[k]))
    elif chances is not None:
        probs = [float(p) for p in chances]
        if not probs:
            raise ValueError("cross_entropy needs at least one chance.")
        if any(p < 0 or p > 1 for p in probs):
            raise ValueError("Each chance must be a number from 0 to 1.")
        k = _check_class(target, len(probs))
    else:
        raise ValueError("cross_entropy needs chances or scores.")
    p = probs[k]
    steps.append(Step(f"Pick the chance of the right class, class {k}.",
                      f"chance of class {k} = {fmt(p)}", p))
    ln_p = ln(p)
    steps.append(Step("Take its ln, the logarithm base e.", f"ln({fmt(p)}) = {fmt(ln_p)}", ln_p))
    loss = -ln_p
    steps.append(Step("Flip the sign. That is the loss.", f"−{br(ln_p)} = {fmt(loss)}", loss))
    return steps


def mean_cross_entropy(chances: Sequence[Sequence[float]], targets: Sequence[int]) -> list[Step]:
    """The loss of each example, −ln(chance of its right class), then their mean."""
    if len(chances) != len(targets):
        raise ValueError(f"mean_cross_entropy needs one right class per example: got "
                         f"{len(chances)} examples and {len(targets)} classes.")
    if not targets:
        raise ValueError("mean_cross_entropy needs at least one example.")
    steps = []
    losses = []
    for n, (row, t) in enumerate(zip(chances, targets, strict=True), start=1):
        k = _check_class(t, len(row))
        p = float(row[k])
        loss = -ln(p)
        losses.append(loss)
        steps.append(Step(f"Example {n}: the right class is {k}, with chance {fmt(p)}.",
                          f"−ln({fmt(p)}) = {fmt(loss)}", loss))
    total = add(losses)
    mean = total / len(losses)
    steps.append(Step("The mean: add the losses and divide by how many there are.",
                      f"({' + '.join(fmt(v) for v in losses)}) ÷ {len(losses)} = {fmt(mean)}",
                      mean))
    return steps


def _loss(scores: Sequence[float], target: int) -> float:
    return -ln(chances_of(scores)[target])


def softmax_slope(scores: Sequence[float], target: int, h: float = 0.001,
                  show: int | None = None) -> list[Step]:
    """The slope of the loss for each score is its chance − its one-hot target; checked by a nudge.

    show=k picks the class whose slope is checked with a nudge (the right class by default).
    """
    probs = chances_of(scores)
    t = _check_class(target, len(probs))
    k = t if show is None else _check_class(show, len(probs))
    onehot = [1 if i == t else 0 for i in range(len(probs))]
    steps = [
        Step("Softmax turns the scores into chances.",
             f"softmax({_join(scores)}) = {_join(probs)}", probs[t]),
        Step(f"The one-hot target for class {t}.", f"target = {', '.join(map(str, onehot))}", t),
    ]
    slopes = []
    for i, (p, y) in enumerate(zip(probs, onehot, strict=True)):
        slope = p - y
        slopes.append(slope)
        steps.append(Step(f"Class {i}: chance − target.", f"{fmt(p)} − {y} = {fmt(slope)}", slope))
    d = NUDGE_DECIMALS
    before = _loss(scores, t)
    nudged = [float(s) + (h if i == k else 0) for i, s in enumerate(scores)]
    after = _loss(nudged, t)
    nudge = (after - before) / h
    steps += [
        Step("The loss now.", f"−ln({fmt(probs[t], d)}) = {fmt(before, d)}", before),
        Step(f"Nudge the score of class {k} up by {fmt(h, d)}, and find the loss again.",
             f"loss = {fmt(after, d)}", after),
        Step("The nudge check: (new loss − loss) ÷ nudge.",
             f"({fmt(after, d)} − {fmt(before, d)}) ÷ {fmt(h, d)} = {fmt(nudge)}", nudge),
        Step(f"The rule says: the slope for class {k} is its chance − its target.",
             f"{fmt(probs[k])} − {onehot[k]} = {fmt(slopes[k])}", slopes[k]),
    ]
    return steps
