"""Turn raw dataset arrays into what a model eats: normalise, flatten, one_hot, batches.

Each helper has a twin `explain_*` that returns the worked steps for one number, in the same
`Step` shape as `fromzero.explain`, so a lesson can show the arithmetic and then run the helper.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from fromzero.explain.steps import Step, fmt


def normalise(x: np.ndarray, low: float = 0.0, high: float = 255.0) -> np.ndarray:
    """Rescale values from [low, high] to [0, 1] as float32 (pixels: divide by 255).

    normalise(np.array([0, 51, 255], dtype=np.uint8)) -> array([0. , 0.2, 1. ], dtype=float32)
    normalise(np.array([0, 8, 16]), high=16) -> array([0. , 0.5, 1. ], dtype=float32)
    """
    if high == low:
        raise ValueError(
            f"normalise needs high > low to divide by (high - low); got {low} and {high}."
        )
    # float32 halves the memory of float64 and is what the training code computes in.
    return ((np.asarray(x, dtype=np.float32) - low) / (high - low)).astype(np.float32)


def flatten(images: np.ndarray) -> np.ndarray:
    """Lay each image's rows end to end: (N, H, W) or (N, H, W, C) -> (N, H·W·C).

    flatten(np.zeros((2, 28, 28))).shape -> (2, 784)
    flatten(np.array([[[1, 2], [3, 4]]])) -> array([[1, 2, 3, 4]])
    """
    images = np.asarray(images)
    if images.ndim < 2:
        raise ValueError(
            f"flatten expects a batch of images, shape (N, H, W); got shape "
            f"{images.shape}. For one image use image[None] to add the batch axis."
        )
    return images.reshape(len(images), -1)


def one_hot(labels: np.ndarray, num_classes: int | None = None) -> np.ndarray:
    """Turn class numbers into rows with a single 1: label k -> a 1 at position k.

    one_hot(np.array([2, 0]), 3) -> array([[0., 0., 1.], [1., 0., 0.]], dtype=float32)
    """
    labels = np.asarray(labels)
    if labels.size and labels.min() < 0:
        raise ValueError(f"one_hot needs labels from 0 upwards; the smallest is {labels.min()}.")
    k = int(num_classes if num_classes is not None else (labels.max() + 1 if labels.size else 0))
    if labels.size and labels.max() >= k:
        raise ValueError(f"one_hot got label {labels.max()} but only {k} classes (0 to {k - 1}).")
    out = np.zeros((labels.size, k), dtype=np.float32)  # (N, K)
    out[np.arange(labels.size), labels.reshape(-1)] = 1.0
    return out.reshape(*labels.shape, k)


def batches(
    x: np.ndarray, y: np.ndarray, batch_size: int, shuffle: bool = True, seed: int = 0
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (x, y) in groups of batch_size; the last one may be smaller.

    [len(b) for b, _ in batches(np.arange(10), np.arange(10), 4)] -> [4, 4, 2]
    """
    if len(x) != len(y):
        raise ValueError(
            f"batches needs one label per example: {len(x)} examples, {len(y)} labels."
        )
    order = np.random.default_rng(seed).permutation(len(x)) if shuffle else np.arange(len(x))
    for start in range(0, len(x), batch_size):
        chosen = order[start : start + batch_size]
        yield x[chosen], y[chosen]


def explain_normalise(pixel: float = 51, low: float = 0, high: float = 255) -> list[Step]:
    """explain_normalise(51) -> 51 − 0 = 51, 255 − 0 = 255, 51 ÷ 255 = 0.2."""
    shifted = pixel - low
    span = high - low
    out = shifted / span
    return [
        Step(
            f"Start from the stored value; it lies between {fmt(low)} and {fmt(high)}.",
            f"value = {fmt(pixel)}",
            float(pixel),
        ),
        Step(
            "Subtract the smallest possible value, so the scale starts at 0.",
            f"{fmt(pixel)} − {fmt(low)} = {fmt(shifted)}",
            float(shifted),
        ),
        Step(
            "Find the size of the whole scale.",
            f"{fmt(high)} − {fmt(low)} = {fmt(span)}",
            float(span),
        ),
        Step(
            "Divide, so the value lies between 0 and 1.",
            f"{fmt(shifted)} ÷ {fmt(span)} = {fmt(out)}",
            float(out),
        ),
    ]


def explain_flatten(row: int = 3, col: int = 5, height: int = 28, width: int = 28) -> list[Step]:
    """explain_flatten(3, 5) -> 28 × 28 = 784 numbers; pixel (3, 5) lands at 3 × 28 + 5 = 89."""
    size = height * width
    before = row * width
    position = before + col
    return [
        Step(
            f"The image is a grid of {height} rows of {width} pixels.",
            f"{height} × {width} = {size}",
            float(size),
        ),
        Step(
            f"Lay the rows end to end: the {row} rows above row {row} come first, "
            f"{width} pixels each.",
            f"{row} × {width} = {before}",
            float(before),
        ),
        Step(
            f"Then count along row {row} to column {col} (counting from 0).",
            f"{before} + {col} = {position}",
            float(position),
        ),
        Step(
            "So this pixel is at that position in the flat list.",
            f"pixel ({row}, {col}) → position {position} of {size}",
            float(position),
        ),
    ]


def explain_one_hot(label: int = 3, num_classes: int = 10) -> list[Step]:
    """explain_one_hot(3, 4) -> [0, 0, 0, 0] then [0, 0, 0, 1]."""
    if not 0 <= label < num_classes:
        raise ValueError(
            f"label {label} is not a class: with {num_classes} classes the labels "
            f"are 0 to {num_classes - 1}."
        )
    zeros = [0] * num_classes
    row = zeros.copy()
    row[label] = 1
    return [
        Step(
            f"Make a list of {num_classes} zeros, one for each class.",
            "[" + ", ".join(map(str, zeros)) + "]",
            0.0,
        ),
        Step(
            f"Put a 1 at position {label} (counting from 0): that is the true class.",
            "[" + ", ".join(map(str, row)) + "]",
            1.0,
        ),
        Step(
            "Every position but one is 0, so the list adds up to 1.",
            f"sum = {sum(row)}",
            float(sum(row)),
        ),
    ]


EXPLAINERS = {
    "normalise": explain_normalise,
    "flatten": explain_flatten,
    "one_hot": explain_one_hot,
}
