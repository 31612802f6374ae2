"""Worked steps for Part 3's first ideas: the error of a guess and the loss (how wrong we are).

We always write the error as prediction − target: negative means "too low", positive "too high".
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import br, sum_step
from fromzero.explain.neuron import neuron_multi
from fromzero.explain.steps import Step, fmt


def _pairs(data: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    pairs = []
    for row in data:
        if len(row) != 2:
            raise ValueError("Each example needs two numbers: [input, target].")
        pairs.append((float(row[0]), float(row[1])))
    if not pairs:
        raise ValueError("The data needs at least one example.")
    return pairs


def error(prediction: float, target: float) -> list[Step]:
    """error(0.5, 0.8): 0.5 − 0.8 = −0.3 (negative: the guess is too low)."""
    e = prediction - target
    if e < 0:
        verdict = "The error is negative, so the prediction is too low."
    elif e > 0:
        verdict = "The error is positive, so the prediction is too high."
    else:
        verdict = "The error is zero, so the prediction is just right."
    return [
        Step(
            "Take the target away from the prediction.",
            f"{fmt(prediction)} − {br(target)} = {fmt(e)}",
            e,
        ),
        Step(verdict, f"error = {fmt(e)}", e),
    ]


def squared_error(prediction: float, target: float) -> list[Step]:
    """squared_error(0.5, 0.8): the error −0.3, then −0.3 × −0.3 = 0.09."""
    e = prediction - target
    sq = e * e
    return [
        Step(
            "Find the error: prediction − target.",
            f"{fmt(prediction)} − {br(target)} = {fmt(e)}",
            e,
        ),
        Step("Multiply the error by itself (square it).", f"{fmt(e)} × {br(e)} = {fmt(sq)}", sq),
    ]


def neuron_error(
    inputs: Sequence[float], weights: Sequence[float], b: float, target: float
) -> list[Step]:
    """The neuron's output for some inputs, then how far it is from the target."""
    steps = neuron_multi(inputs, weights, b)
    out = steps[-1].value
    return steps + error(out, target)



def _mean_of_squares(squares: Sequence[float]) -> list[Step]:
    """The last two steps of a mean squared error: add the squares, divide by the count."""
    added = sum_step("Add up the squared errors.", squares)
    total = added.value
    m = total / len(squares)
    return [
        added,
        Step(f"Divide by how many examples there are ({len(squares)}).",
             f"{fmt(total)} ÷ {len(squares)} = {fmt(m)}", m),
    ]

def mse(predictions: Sequence[float], targets: Sequence[float]) -> list[Step]:
    """mse([0.5, 0.7], [0.8, 0.8]): each error squared, add them up, divide by how many."""
    if len(predictions) != len(targets):
        raise ValueError(
            f"mse needs one target per prediction: got {len(predictions)} "
            f"predictions and {len(targets)} targets."
        )
    if not predictions:
        raise ValueError("mse needs at least one prediction.")
    steps = []
    squares = []
    for i, (p, t) in enumerate(zip(predictions, targets, strict=True), start=1):
        e = p - t
        sq = e * e
        squares.append(sq)
        steps.append(
            Step(
                f"Example {i}: the error, then the error times itself.",
                f"{fmt(p)} − {br(t)} = {fmt(e)}, {fmt(e)} × {br(e)} = {fmt(sq)}",
                sq,
            )
        )
    return steps + _mean_of_squares(squares)


def data_loss(data: Sequence[Sequence[float]], w: float, b: float = 0) -> list[Step]:
    """The mean squared error of the neuron input × w + b over examples [input, target]."""
    pairs = _pairs(data)
    steps = []
    squares = []
    for i, (x, t) in enumerate(pairs, start=1):
        p = x * w + b
        e = p - t
        sq = e * e
        squares.append(sq)
        steps.append(
            Step(
                f"Example {i}: predict, find the error, square it.",
                f"{fmt(x)} × {br(w)} + {br(b)} = {fmt(p)}, {fmt(p)} − {br(t)} = {fmt(e)}, "
                f"{fmt(e)} × {br(e)} = {fmt(sq)}",
                sq,
            )
        )
    return steps + _mean_of_squares(squares)
