"""Feeding data to a model: shuffling, batching, train/validation split, augmentation.

Images are (N, H, W) or (N, C, H, W) numpy arrays; labels are (N,).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np


def train_val_split(
    x: np.ndarray, y: np.ndarray, val_fraction: float = 0.1, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle once, then hold out the last `val_fraction` for validation.

    Returns (x_train, y_train, x_val, y_val). Example: 100 samples, 0.2 -> 80 and 20.
    """
    if len(x) != len(y):
        raise ValueError(f"train_val_split: {len(x)} inputs but {len(y)} labels; they must pair")
    if not 0.0 < val_fraction < 1.0:
        raise ValueError(f"train_val_split: val_fraction={val_fraction} must be between 0 and 1")
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = max(1, round(len(x) * val_fraction))
    train, val = order[:-n_val], order[-n_val:]
    return x[train], y[train], x[val], y[val]


def batches(
    x: np.ndarray, y: np.ndarray, batch_size: int, shuffle: bool = True, seed: int | None = 0,
    drop_last: bool = False,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (x_batch, y_batch) pairs covering the data once (one epoch).

    Example: 10 samples, batch_size 4 -> batches of 4, 4, 2 (or 4, 4 with drop_last).
    """
    if len(x) != len(y):
        raise ValueError(f"batches: {len(x)} inputs but {len(y)} labels; they must pair")
    n = len(x)
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    end = n - n % batch_size if drop_last else n
    for start in range(0, end, batch_size):
        idx = order[start:start + batch_size]
        yield x[idx], y[idx]


def lm_batch(
    tokens: np.ndarray, block_size: int, batch_size: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Random windows of a token stream for next-token prediction.

    Returns x (B, T) and y (B, T) where y is x shifted left by one: the token to predict.
    """
    starts = rng.integers(0, len(tokens) - block_size - 1, size=batch_size)  # (B,)
    x = np.stack([tokens[s:s + block_size] for s in starts])  # (B, T)
    y = np.stack([tokens[s + 1:s + 1 + block_size] for s in starts])  # (B, T)
    return x.astype(np.int64), y.astype(np.int64)


def shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Move images right by dx and down by dy pixels, filling the gap with 0.

    Works on (..., H, W). Example: shift by (1, 0) moves a pixel at column 3 to column 4.
    """
    out = np.zeros_like(images)
    h, w = images.shape[-2:]
    src_y = slice(max(0, -dy), h - max(0, dy))
    dst_y = slice(max(0, dy), h - max(0, -dy))
    src_x = slice(max(0, -dx), w - max(0, dx))
    dst_x = slice(max(0, dx), w - max(0, -dx))
    out[..., dst_y, dst_x] = images[..., src_y, src_x]
    return out


def rotate(images: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate (..., H, W) images about their centre (nearest pixel, corners filled with 0)."""
    h, w = images.shape[-2:]
    theta = np.deg2rad(degrees)
    cy, cx = (h - 1) / 2, (w - 1) / 2
    yy, xx = np.mgrid[0:h, 0:w]  # (H, W) output pixel coordinates
    # for each output pixel, look up where it came from (rotate backwards)
    src_x = np.cos(theta) * (xx - cx) + np.sin(theta) * (yy - cy) + cx  # (H, W)
    src_y = -np.sin(theta) * (xx - cx) + np.cos(theta) * (yy - cy) + cy  # (H, W)
    sx = np.rint(src_x).astype(int)
    sy = np.rint(src_y).astype(int)
    inside = (sx >= 0) & (sx < w) & (sy >= 0) & (sy < h)  # (H, W)
    out = np.zeros_like(images)
    out[..., inside] = images[..., sy[inside], sx[inside]]
    return out


def add_noise(images: np.ndarray, std: float, seed: int | None = 0,
              clip: tuple[float, float] | None = (0.0, 1.0)) -> np.ndarray:
    """Add Gaussian noise with standard deviation `std`, then clip to the pixel range."""
    noisy = images + np.random.default_rng(seed).normal(0.0, std, images.shape)
    if clip is not None:
        noisy = np.clip(noisy, *clip)
    return noisy.astype(images.dtype)


def augment(images: np.ndarray, seed: int = 0, max_shift: int = 2, max_degrees: float = 10.0,
            noise_std: float = 0.0) -> np.ndarray:
    """Randomly shift and rotate each image a little (and add noise): new training examples."""
    rng = np.random.default_rng(seed)
    out = np.empty_like(images)
    for i in range(len(images)):
        dx, dy = rng.integers(-max_shift, max_shift + 1, size=2)
        moved = shift(images[i], int(dx), int(dy))
        out[i] = rotate(moved, float(rng.uniform(-max_degrees, max_degrees)))
    if noise_std > 0:
        out = add_noise(out, noise_std, seed=seed)
    return out
