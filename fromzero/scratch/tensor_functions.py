"""The non-linear functions of a Tensor: exp, log, sqrt, relu, tanh, sigmoid, gelu, softmax.

They live here so that tensor.py stays one screenful of ideas per section; `Tensor` inherits
them. Each builds its output and, right beside it, the local derivative (as in tensor.py).

Example: Tensor([0.0]).sigmoid() -> 0.5, and its gradient there is 0.5 * (1 - 0.5) = 0.25.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from fromzero.scratch.tensor import Tensor


class TensorFunctions:
    """Mixin for Tensor; relies on its `data`, `_make` and `_accumulate`."""

    __slots__ = ()
    data: np.ndarray


    def exp(self) -> Tensor:
        a = self
        e = np.exp(a.data)
        out = self._make(e, (a,), "exp")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * e)  # d e^x = e^x
        return out

    def log(self) -> Tensor:
        a = self
        out = self._make(np.log(a.data), (a,), "log")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g / a.data)  # d ln x = 1/x
        return out

    def sqrt(self) -> Tensor:
        a = self
        root = np.sqrt(a.data)
        out = self._make(root, (a,), "sqrt")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * 0.5 / root)  # 1 / (2 sqrt x)
        return out

    def relu(self) -> Tensor:
        a = self
        positive = a.data > 0
        out = self._make(a.data * positive, (a,), "relu")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * positive)  # slope 1 where x > 0
        return out

    def tanh(self) -> Tensor:
        a = self
        t = np.tanh(a.data)
        out = self._make(t, (a,), "tanh")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * (1 - t * t))  # 1 - tanh^2
        return out

    def sigmoid(self) -> Tensor:
        a = self
        s = 0.5 * (1 + np.tanh(0.5 * a.data))  # same as 1/(1+e^-x), never overflows
        out = self._make(s, (a,), "sigmoid")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * s * (1 - s))
        return out

    def gelu(self) -> Tensor:
        """GELU, tanh form (GPT-2's; PyTorch's `gelu(x, approximate="tanh")`)."""
        a = self
        x = a.data
        c = x.dtype.type(np.sqrt(2.0 / np.pi))  # in x's float type: float32 stays float32
        inner = c * (x + 0.044715 * x * x * x)
        t = np.tanh(inner)
        out = self._make(0.5 * x * (1 + t), (a,), "gelu")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                d_inner = c * (1 + 3 * 0.044715 * x * x)
                a._accumulate(g * (0.5 * (1 + t) + 0.5 * x * (1 - t * t) * d_inner))
            out._back = back
        return out

    def softmax(self, axis: int = -1) -> Tensor:
        a = self
        e = np.exp(a.data - a.data.max(axis=axis, keepdims=True))  # shift: exp never overflows
        p = e / e.sum(axis=axis, keepdims=True)
        out = self._make(p, (a,), "softmax")
        if out.requires_grad:
            # d softmax: p * (g - sum(g * p))
            out._back = lambda g: a._accumulate(p * (g - (g * p).sum(axis=axis, keepdims=True)))
        return out

    def log_softmax(self, axis: int = -1) -> Tensor:
        a = self
        shifted = a.data - a.data.max(axis=axis, keepdims=True)
        logp = shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))
        out = self._make(logp, (a,), "log_softmax")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g - np.exp(logp) * g.sum(axis=axis, keepdims=True))
        return out
