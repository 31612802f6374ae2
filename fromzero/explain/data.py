"""Worked steps for turning a picture into numbers a network can eat.

normalise_pixels: brightness 0..255 -> 0..1 (and, the MNIST habit, minus the mean, divided by
the standard deviation). flat_index: where row r, column c of a grid lands once the rows are
laid end to end. one_hot: a label as a list with a single 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt

BRIGHTEST = 255


def normalise_pixels(
    pixels: Sequence[float], mean: float | None = None, std: float | None = None
) -> list[Step]:
    """normalise_pixels([51]) -> 51 ÷ 255 = 0.2; with mean 0.1307, std 0.3081 -> 0.2249."""
    if not pixels:
        raise ValueError("normalise_pixels needs at least one pixel.")
    if (mean is None) != (std is None):
        raise ValueError("normalise_pixels needs both mean and std, or neither.")
    if std is not None and std <= 0:
        raise ValueError(f"The standard deviation must be above 0 to divide by it; got {std}.")
    steps = []
    for p in pixels:
        scaled = p / BRIGHTEST
        steps.append(Step(f"Divide the pixel {fmt(p)} by {BRIGHTEST}.",
                          f"{fmt(p)} ÷ {BRIGHTEST} = {fmt(scaled)}", scaled))
        if mean is not None and std is not None:
            centred = (scaled - mean) / std
            steps.append(Step("Take away the mean, then divide by the standard deviation.",
                              f"({fmt(scaled)} − {fmt(mean)}) ÷ {fmt(std)} = {fmt(centred)}",
                              centred))
    return steps


def _rows_before(row: int, width: int) -> str:
    if row == 0:
        return "No rows come before row 0."
    if row == 1:
        return f"Row 0 comes first: {width} pixels."
    return f"Rows 0 to {row - 1} come first, {width} pixels each."


def flat_index(row: int, col: int, width: int) -> list[Step]:
    """flat_index(2, 5, 28): 2 × 28 = 56 pixels come before row 2, then 56 + 5 = 61."""
    if width < 1:
        raise ValueError(f"A grid needs a width of at least 1; got {width}.")
    if row < 0 or not 0 <= col < width:
        raise ValueError(f"Row {row}, column {col} is not in a grid {width} wide "
                         f"(columns 0 to {width - 1}, rows from 0).")
    before = row * width
    index = before + col
    return [
        Step(_rows_before(row, width), f"{row} × {width} = {before}", before),
        Step("Then count along the row to the column.", f"{before} + {col} = {index}", index),
    ]


def one_hot(label: int, classes: int = 10) -> list[Step]:
    """one_hot(3) -> ten zeros, then a 1 at position 3: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]."""
    if classes < 1:
        raise ValueError(f"one_hot needs at least 1 class; got {classes}.")
    if not 0 <= label < classes:
        raise ValueError(f"The label {label} is not one of the {classes} classes "
                         f"(0 to {classes - 1}).")
    zeros = [0] * classes
    hot = [1 if k == label else 0 for k in range(classes)]
    return [
        Step(f"Make a list of {classes} zeros, one for each class.", _list(zeros), classes),
        Step(f"Put a 1 at position {label}, counting from 0.", _list(hot), label),
    ]


def _list(values: Sequence[int]) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"
