"""Weight initialisation, seeded so every run of a lesson gives the same numbers.

PyTorch's default for Linear and Conv2d draws from U(-1/sqrt(fan_in), 1/sqrt(fan_in));
we do the same. Example: a Linear(784, 128) starts with weights in about (-0.036, 0.036).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import numpy as np

from fromzero.scratch.tensor import DEFAULT_DTYPE

_rng = {"gen": np.random.default_rng(0)}
_skip = {"on": False}


@contextlib.contextmanager
def skip_init() -> Iterator[None]:
    """Build layers with zero placeholders instead of random weights, when the real weights
    are loaded right after (a 135M-parameter model then builds in a blink and its placeholders
    take no memory: untouched zero pages are never really allocated)."""
    previous = _skip["on"]
    _skip["on"] = True
    try:
        yield
    finally:
        _skip["on"] = previous


def manual_seed(seed: int) -> None:
    """Reset the generator every layer draws its initial weights from."""
    _rng["gen"] = np.random.default_rng(seed)


def generator() -> np.random.Generator:
    return _rng["gen"]


def uniform(shape: tuple[int, ...], bound: float, dtype: type = DEFAULT_DTYPE) -> np.ndarray:
    """Numbers drawn evenly from (-bound, bound)."""
    if _skip["on"]:
        return np.zeros(shape, dtype=dtype)
    return generator().uniform(-bound, bound, size=shape).astype(dtype)


def normal(shape: tuple[int, ...], std: float = 0.02, dtype: type = DEFAULT_DTYPE) -> np.ndarray:
    """Numbers drawn from a bell curve around 0 (GPT-2 uses std 0.02)."""
    if _skip["on"]:
        return np.zeros(shape, dtype=dtype)
    return (generator().standard_normal(shape) * std).astype(dtype)


def fan_in_uniform(shape: tuple[int, ...], fan_in: int) -> np.ndarray:
    """PyTorch's default for Linear/Conv: U(-1/sqrt(fan_in), 1/sqrt(fan_in))."""
    return uniform(shape, 1.0 / np.sqrt(fan_in))


def xavier_uniform(shape: tuple[int, int]) -> np.ndarray:
    """Glorot: keeps the variance of signals equal going forward and backward."""
    fan_out, fan_in = shape
    return uniform(shape, float(np.sqrt(6.0 / (fan_in + fan_out))))


def zeros(shape: tuple[int, ...]) -> np.ndarray:
    return np.zeros(shape, dtype=DEFAULT_DTYPE)
