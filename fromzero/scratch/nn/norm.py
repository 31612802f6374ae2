"""Normalisation layers: keep activations at a steady scale so deep networks train."""

from __future__ import annotations

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch.nn.module import Module, Parameter
from fromzero.scratch.tensor import DEFAULT_DTYPE, Tensor


class LayerNorm(Module):
    """Per position: subtract the mean, divide by the std over C, then scale and shift.

    (..., C) -> (..., C). Example: [1, 2, 3] -> about [-1.22, 0, 1.22].
    """

    def __init__(self, dim: int, eps: float = 1e-5) -> None:
        self.weight = Parameter(np.ones(dim, dtype=DEFAULT_DTYPE))  # (C,)
        self.bias = Parameter(np.zeros(dim, dtype=DEFAULT_DTYPE))  # (C,)
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        return F.layer_norm(x, self.weight, self.bias, self.eps)


class RMSNorm(Module):
    """Llama's cheaper norm: divide by the root-mean-square over C, then scale (no shift)."""

    def __init__(self, dim: int, eps: float = 1e-6) -> None:
        self.weight = Parameter(np.ones(dim, dtype=DEFAULT_DTYPE))  # (C,)
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        return F.rms_norm(x, self.weight, self.eps)
