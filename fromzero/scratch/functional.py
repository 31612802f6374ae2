"""Fused operations: one forward and one hand-derived backward for a common pattern.

Building these from small Tensor ops would also work (and the lessons do that first);
fusing them keeps the engine fast, as PERF_NOTES.md measured. Shape glossary: B batch,
T time, C channels/features, V vocabulary, H heads, O output channels, K kernel size.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from fromzero.scratch.tensor import Tensor, where_nonfinite


def _check_finite_loss(loss: Tensor, name: str, inputs: Tensor) -> None:
    if not np.isfinite(loss.data).all():
        where = where_nonfinite(inputs) or "the loss computation itself"
        raise FloatingPointError(
            f"{name}: the loss is {loss.item()}; {where}. Usual causes: a learning rate too "
            "large, log of 0, or NaN in the data; try a smaller learning rate or check inputs"
        )


def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """y = x @ weight.T + bias, with x (..., C_in), weight (C_out, C_in), bias (C_out,)."""
    if x.shape[-1] != weight.shape[1]:
        raise ValueError(
            f"linear: input {x.shape} @ weight.T {weight.shape[::-1]} — inner sizes "
            f"{x.shape[-1]} and {weight.shape[1]} differ; the layer expects "
            f"{weight.shape[1]} features in the last dimension; check the layer's in_features"
        )
    data = x.data @ weight.data.T  # (..., C_out)
    if bias is not None:
        data += bias.data  # (..., C_out)
    prev = (x, weight) if bias is None else (x, weight, bias)
    out = Tensor._make(data, prev, "linear")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            g2 = g.reshape(-1, g.shape[-1])  # (N, C_out)
            if x.requires_grad:
                x._accumulate(g @ weight.data)  # (..., C_in)
            if weight.requires_grad:
                weight._accumulate(g2.T @ x.data.reshape(-1, x.shape[-1]))  # (C_out, C_in)
            if bias is not None and bias.requires_grad:
                bias._accumulate(g2.sum(axis=0))  # (C_out,)
        out._back = back
    return out


def cross_entropy(logits: Tensor, targets: Any) -> Tensor:
    """Mean of -log softmax(logits)[target], computed stably from logits.

    logits (N, V) or (B, T, V); targets int (N,) or (B, T). Example: logits [[0, 0]] and
    target [1] give log(2) = 0.693.
    """
    t = np.asarray(targets.data if isinstance(targets, Tensor) else targets)
    if logits.shape[:-1] != t.shape:
        raise ValueError(
            f"cross_entropy: logits {logits.shape} and targets {t.shape} do not match — "
            f"expected targets of shape {logits.shape[:-1]} (one class index per row)"
        )
    if t.dtype.kind not in "iu":
        raise TypeError(f"cross_entropy: targets must be integer class indices, got {t.dtype}")
    z = logits.data.reshape(-1, logits.shape[-1])  # (N, V)
    flat = t.reshape(-1)  # (N,)
    if flat.size and (flat.min() < 0 or flat.max() >= z.shape[1]):
        raise ValueError(
            f"cross_entropy: target {int(flat.max())} is out of range for {z.shape[1]} classes"
        )
    shifted = z - z.max(axis=1, keepdims=True)  # (N, V) largest logit is 0: no overflow
    e = np.exp(shifted)  # (N, V)
    total = e.sum(axis=1, keepdims=True)  # (N, 1)
    rows = np.arange(len(flat))
    loss = np.log(total[:, 0]).mean() - shifted[rows, flat].mean()
    out = Tensor._make(np.asarray(loss, dtype=z.dtype), (logits,), "cross_entropy")
    _check_finite_loss(out, "cross_entropy", logits)
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            grad = e / total  # (N, V) softmax
            grad[rows, flat] -= 1  # minus the one-hot target
            grad *= g / len(flat)
            logits._accumulate(grad.reshape(logits.shape))
        out._back = back
    return out


def mse_loss(pred: Tensor, target: Any) -> Tensor:
    """Mean of (pred - target)^2. Both must have the same shape."""
    t = np.asarray(target.data if isinstance(target, Tensor) else target)
    if pred.shape != t.shape:
        raise ValueError(
            f"mse_loss: prediction {pred.shape} and target {t.shape} differ — they must "
            "have the same shape; try target.reshape(pred.shape)"
        )
    diff = pred.data - t  # (...)
    out = Tensor._make(np.asarray((diff * diff).mean(), dtype=pred.dtype), (pred,), "mse_loss")
    _check_finite_loss(out, "mse_loss", pred)
    if out.requires_grad:
        out._back = lambda g: pred._accumulate(g * 2.0 * diff / diff.size)
    return out


def layer_norm(x: Tensor, weight: Tensor, bias: Tensor, eps: float = 1e-5) -> Tensor:
    """Normalise the last dimension to mean 0 and variance 1, then scale and shift."""
    mu = x.data.mean(axis=-1, keepdims=True)  # (..., 1)
    xc = x.data - mu  # (..., C)
    rstd = 1.0 / np.sqrt((xc * xc).mean(axis=-1, keepdims=True) + eps)  # (..., 1)
    xhat = xc * rstd  # (..., C)
    out = Tensor._make(xhat * weight.data + bias.data, (x, weight, bias), "layer_norm")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            if x.requires_grad:
                gxhat = g * weight.data  # (..., C)
                # one formula for the whole backward of (x - mean) / std
                gx = rstd * (
                    gxhat
                    - gxhat.mean(axis=-1, keepdims=True)
                    - xhat * (gxhat * xhat).mean(axis=-1, keepdims=True)
                )
                x._accumulate(gx)
            lead = tuple(range(g.ndim - 1))
            if weight.requires_grad:
                weight._accumulate((g * xhat).sum(axis=lead))  # (C,)
            if bias.requires_grad:
                bias._accumulate(g.sum(axis=lead))  # (C,)
        out._back = back
    return out


def rms_norm(x: Tensor, weight: Tensor, eps: float = 1e-6) -> Tensor:
    """Divide the last dimension by its root-mean-square, then scale (Llama's norm)."""
    rr = 1.0 / np.sqrt((x.data * x.data).mean(axis=-1, keepdims=True) + eps)  # (..., 1)
    xhat = x.data * rr  # (..., C)
    out = Tensor._make(xhat * weight.data, (x, weight), "rms_norm")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            gxhat = g * weight.data  # (..., C)
            if x.requires_grad:
                x._accumulate(rr * (gxhat - xhat * (gxhat * xhat).mean(axis=-1, keepdims=True)))
            if weight.requires_grad:
                weight._accumulate((g * xhat).sum(axis=tuple(range(g.ndim - 1))))  # (C,)
        out._back = back
    return out


def dropout(x: Tensor, p: float, training: bool, rng: np.random.Generator) -> Tensor:
    """Zero each entry with probability p and scale the rest by 1/(1-p) (training only)."""
    if not training or p == 0.0:
        return x
    keep = (rng.random(x.shape) >= p).astype(x.dtype) / (1.0 - p)  # same shape as x
    out = Tensor._make(x.data * keep, (x,), "dropout")
    if out.requires_grad:
        out._back = lambda g: x._accumulate(g * keep)
    return out


def embedding(ids: Any, weight: Tensor) -> Tensor:
    """Rows of `weight` (V, C) picked by integer ids (B, T) -> (B, T, C)."""
    idx = np.asarray(ids.data if isinstance(ids, Tensor) else ids)
    if idx.dtype.kind not in "iu":
        raise TypeError(f"embedding: ids must be integers, got {idx.dtype}")
    if idx.size and (idx.min() < 0 or idx.max() >= weight.shape[0]):
        raise ValueError(
            f"embedding: id {int(idx.max())} is outside the table of {weight.shape[0]} rows; "
            "check the vocabulary size the model was built with"
        )
    out = Tensor._make(weight.data[idx], (weight,), "embedding")  # (..., C)
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            full = np.zeros_like(weight.data)  # (V, C)
            np.add.at(full, idx.reshape(-1), g.reshape(-1, weight.shape[1]))
            weight._accumulate(full)
        out._back = back
    return out


def conv2d(
    x: Tensor, weight: Tensor, bias: Tensor | None = None, stride: int = 1, padding: int = 0
) -> Tensor:
    """2-D convolution by im2col: every K x K window becomes a column, then one matrix product.

    x (B, C, H, W), weight (O, C, K, K), bias (O,) -> (B, O, H', W') where
    H' = (H + 2*padding - K) // stride + 1.

    The column matrix is filled one kernel offset (ky, kx) at a time: each fill copies a whole
    shifted image, so numpy copies long contiguous rows instead of 3-element windows.
    """
    if x.ndim != 4 or x.shape[1] != weight.shape[1]:
        raise ValueError(
            f"conv2d: input {x.shape} and weight {weight.shape} — expected input "
            f"(B, {weight.shape[1]}, H, W): batch, {weight.shape[1]} channels, height, width"
        )
    B, C, H, W = x.shape
    O, _, KH, KW = weight.shape
    xp = x.data
    if padding:
        xp = np.pad(xp, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    OH = (xp.shape[2] - KH) // stride + 1
    OW = (xp.shape[3] - KW) // stride + 1
    if OH < 1 or OW < 1:
        raise ValueError(f"conv2d: image {x.shape[2:]} is smaller than the kernel {(KH, KW)}")

    def shifted(a: np.ndarray, i: int, j: int) -> np.ndarray:  # (B, C, OH, OW) view
        return a[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]

    cols = np.empty((C, KH, KW, B, OH, OW), dtype=xp.dtype)  # im2col, rows ordered (C, KH, KW)
    for i in range(KH):
        for j in range(KW):
            cols[:, i, j] = shifted(xp, i, j).transpose(1, 0, 2, 3)  # (C, B, OH, OW)
    cols = cols.reshape(C * KH * KW, B * OH * OW)  # (C*K*K, B*OH*OW)
    w2 = weight.data.reshape(O, C * KH * KW)  # (O, C*K*K)
    y = w2 @ cols  # (O, B*OH*OW)
    if bias is not None:
        y += bias.data[:, None]  # (O, B*OH*OW)
    y = y.reshape(O, B, OH, OW).transpose(1, 0, 2, 3)  # (B, O, OH, OW), a view
    prev = (x, weight) if bias is None else (x, weight, bias)
    out = Tensor._make(y, prev, "conv2d")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            g2 = g.transpose(1, 0, 2, 3).reshape(O, B * OH * OW)  # (O, B*OH*OW)
            if weight.requires_grad:
                weight._accumulate((g2 @ cols.T).reshape(weight.shape))  # (O, C, K, K)
            if bias is not None and bias.requires_grad:
                bias._accumulate(g2.sum(axis=1))  # (O,)
            if x.requires_grad:
                dcols = (w2.T @ g2).reshape(C, KH, KW, B, OH, OW)  # (C, K, K, B, OH, OW)
                gxp = np.zeros(xp.shape, dtype=xp.dtype)  # (B, C, Hp, Wp)
                for i in range(KH):  # col2im: add each offset's gradient back where it read
                    for j in range(KW):
                        shifted(gxp, i, j)[...] += dcols[:, i, j].transpose(1, 0, 2, 3)
                x._accumulate(gxp[:, :, padding:padding + H, padding:padding + W])
        out._back = back
    return out


def max_pool2d(x: Tensor, kernel_size: int = 2, stride: int | None = None) -> Tensor:
    """Largest value in each K x K window: (B, C, H, W) -> (B, C, H', W').

    Leftover rows/columns that do not fill a window are dropped (like PyTorch).
    """
    k = kernel_size
    s = stride or k
    if x.ndim != 4:
        raise ValueError(f"max_pool2d: expected input (B, C, H, W), got {x.shape}")
    if s == k:
        return _max_pool_tiles(x, k)
    windows = sliding_window_view(x.data, (k, k), axis=(2, 3))[:, :, ::s, ::s]
    B, C, OH, OW = windows.shape[:4]  # windows: (B, C, OH, OW, K, K)
    flat = windows.reshape(B, C, OH, OW, k * k)  # (B, C, OH, OW, K*K) copy
    arg = flat.argmax(axis=-1)  # (B, C, OH, OW) which window entry won
    y = np.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]  # (B, C, OH, OW)
    out = Tensor._make(y, (x,), "max_pool2d")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            gx = np.zeros_like(x.data)  # (B, C, H, W)
            for pos in range(k * k):  # route each window's gradient to its winner
                i, j = divmod(pos, k)
                gx[:, :, i:i + s * OH:s, j:j + s * OW:s] += g * (arg == pos)
            x._accumulate(gx)
        out._back = back
    return out


def _max_pool_tiles(x: Tensor, k: int) -> Tensor:
    """Non-overlapping windows: compare the K*K strided views of x directly (no copy)."""
    OH, OW = x.shape[2] // k, x.shape[3] // k
    views = [x.data[:, :, i:OH * k:k, j:OW * k:k] for i in range(k) for j in range(k)]
    y = views[0]  # each view (B, C, OH, OW)
    for v in views[1:]:
        y = np.maximum(y, v)
    out = Tensor._make(y, (x,), "max_pool2d")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            gx = np.zeros_like(x.data)  # (B, C, H, W)
            taken = np.zeros(y.shape, dtype=bool)  # ties: the first winner takes it all
            for pos, v in enumerate(views):
                i, j = divmod(pos, k)
                win = (v == y) & ~taken  # (B, C, OH, OW)
                taken |= win
                gx[:, :, i:OH * k:k, j:OW * k:k] = g * win
            x._accumulate(gx)
        out._back = back
    return out


def silu(x: Tensor) -> Tensor:
    """x * sigmoid(x) (also called swish), fused: Llama's feed-forward activation."""
    s = 0.5 * (1 + np.tanh(0.5 * x.data))  # sigmoid without overflow
    out = Tensor._make(x.data * s, (x,), "silu")
    if out.requires_grad:
        out._back = lambda g: x._accumulate(g * s * (1 + x.data * (1 - s)))
    return out


def rope(x: Tensor, cos: np.ndarray, sin: np.ndarray) -> Tensor:
    """Rotary position embedding: rotate each adjacent pair (x0, x1), (x2, x3), ... of the
    last dimension by an angle that grows with the position.

    x (B, H, T, D); cos and sin (T, D/2). A rotation keeps lengths, so the dot product of a
    query and a key depends only on how far apart they are. Pairs are adjacent because the
    GGUF files store Llama's query and key rows in that order.
    """
    even, odd = x.data[..., 0::2], x.data[..., 1::2]  # (B, H, T, D/2) each
    y = np.empty_like(x.data)  # (B, H, T, D)
    y[..., 0::2] = even * cos - odd * sin
    y[..., 1::2] = even * sin + odd * cos
    out = Tensor._make(y, (x,), "rope")
    if out.requires_grad:
        def back(g: np.ndarray) -> None:
            ge, go = g[..., 0::2], g[..., 1::2]
            gx = np.empty_like(g)
            gx[..., 0::2] = ge * cos + go * sin  # rotate back by the same angle
            gx[..., 1::2] = go * cos - ge * sin
            x._accumulate(gx)
        out._back = back
    return out
