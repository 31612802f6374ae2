"""Making models smaller: int8 quantization, magnitude pruning, knowledge distillation.

Every compressor returns a `CompressionReport` with the size before and after and, when you
pass an `evaluate(model) -> accuracy` function, the accuracy before and after.

Worked example of int8 quantization (per tensor): weights [-0.5, 0.1, 1.27] have
scale = max|w| / 127 = 0.01, so they are stored as int8 [-50, 10, 127] and read back as
[-0.5, 0.1, 1.27]; storage drops from 4 bytes to 1 byte per weight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from fromzero.scratch.nn.module import Module
from fromzero.scratch.tensor import Tensor


@dataclass
class CompressionReport:
    method: str
    size_before_bytes: int
    size_after_bytes: int
    accuracy_before: float | None = None
    accuracy_after: float | None = None

    @property
    def size_ratio(self) -> float:
        """after / before: 0.25 means four times smaller."""
        return self.size_after_bytes / self.size_before_bytes

    @property
    def accuracy_change(self) -> float | None:
        if self.accuracy_before is None or self.accuracy_after is None:
            return None
        return self.accuracy_after - self.accuracy_before

    def summary(self) -> str:
        text = (f"{self.method}: {self.size_before_bytes:,} -> {self.size_after_bytes:,} bytes "
                f"({self.size_ratio:.0%} of the original)")
        if self.accuracy_change is not None:
            text += (f"; accuracy {self.accuracy_before:.4f} -> {self.accuracy_after:.4f} "
                     f"({self.accuracy_change:+.4f})")
        return text


def quantize_int8(w: np.ndarray, per_channel: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 quantization. Returns (q int8 with w's shape, scale).

    Per tensor: one scale for everything. Per channel: one scale per output row (axis 0),
    which helps when rows have very different ranges.
    """
    if per_channel and w.ndim >= 2:
        reduce_axes = tuple(range(1, w.ndim))
        max_abs = np.abs(w).max(axis=reduce_axes, keepdims=True)  # (O, 1, ...)
    else:
        max_abs = np.abs(w).max(keepdims=True).reshape((1,) * w.ndim)
    scale = np.where(max_abs == 0, 1.0, max_abs / 127.0).astype(np.float32)
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return q, scale


def dequantize(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return q.astype(np.float32) * scale


def model_size_bytes(model: Module) -> int:
    return sum(p.data.nbytes for p in model.parameters())


def quantize_model(model: Module, per_channel: bool = False,
                   evaluate: Callable[[Module], float] | None = None) -> CompressionReport:
    """Replace every weight matrix (2-D and up) by its int8 round-trip, in place.

    Biases and norms stay float32 (they are tiny). Size after counts 1 byte per quantized
    weight plus 4 bytes per scale.
    """
    before = model_size_bytes(model)
    accuracy_before = evaluate(model) if evaluate else None
    after = 0
    for p in model.parameters():
        if p.ndim >= 2:
            q, scale = quantize_int8(p.data, per_channel)
            p.data = dequantize(q, scale).astype(p.dtype)
            after += q.nbytes + scale.nbytes
        else:
            after += p.data.nbytes
    method = "int8 per-channel" if per_channel else "int8 per-tensor"
    return CompressionReport(method, before, after, accuracy_before,
                             evaluate(model) if evaluate else None)


def magnitude_prune(model: Module, fraction: float,
                    evaluate: Callable[[Module], float] | None = None) -> CompressionReport:
    """Zero the `fraction` of weight-matrix entries with the smallest |w|, in each matrix.

    Size after assumes a sparse format: 4 bytes per kept value plus 4 for its index.
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"magnitude_prune: fraction={fraction} must be in [0, 1)")
    before = model_size_bytes(model)
    accuracy_before = evaluate(model) if evaluate else None
    after = 0
    for p in model.parameters():
        if p.ndim >= 2:
            k = int(fraction * p.size)
            if k > 0:
                threshold = np.partition(np.abs(p.data).ravel(), k - 1)[k - 1]
                p.data = np.where(np.abs(p.data) <= threshold, 0, p.data).astype(p.dtype)
            after += int(np.count_nonzero(p.data)) * 8
        else:
            after += p.data.nbytes
    return CompressionReport(f"magnitude pruning {fraction:.0%}", before, after,
                             accuracy_before, evaluate(model) if evaluate else None)


def distillation_loss(student_logits: Tensor, teacher_logits: np.ndarray, targets: np.ndarray,
                      temperature: float = 2.0, alpha: float = 0.5) -> Tensor:
    """Train a small student to copy a big teacher's softened probabilities.

    loss = alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * cross_entropy(student, y)
    where _T means softmax(logits / T). Shapes: logits (N, V), targets (N,).
    The T^2 keeps the soft part's gradients the same size whatever T is (Hinton et al.).
    """
    from fromzero.scratch.functional import cross_entropy

    t = np.asarray(teacher_logits, dtype=student_logits.dtype) / temperature  # (N, V)
    t = t - t.max(axis=-1, keepdims=True)
    log_p_teacher = t - np.log(np.exp(t).sum(axis=-1, keepdims=True))  # (N, V)
    p_teacher = np.exp(log_p_teacher)  # (N, V)
    log_q = (student_logits * (1.0 / temperature)).log_softmax(axis=-1)  # (N, V)
    kl = ((log_q * -1.0 + log_p_teacher) * p_teacher).sum(axis=-1).mean()  # ()
    hard = cross_entropy(student_logits, targets)  # ()
    return kl * (alpha * temperature**2) + hard * (1.0 - alpha)
