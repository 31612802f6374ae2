"""Optimizers: turn gradients into weight updates. Plus learning-rate schedules and
gradient clipping.

Worked example (one SGD step on w = 1 with gradient 2 and lr 0.1): w -> 1 - 0.1 * 2 = 0.8.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from fromzero.scratch.tensor import Tensor


class Optimizer:
    """Holds the parameters and the learning rate; subclasses write step()."""

    def __init__(self, params: Iterable[Tensor], lr: float) -> None:
        self.params = list(params)
        if not self.params:
            raise ValueError("optimizer: got no parameters; pass model.parameters()")
        self.lr = lr

    def zero_grad(self) -> None:
        """Forget the last gradients (they would otherwise add up across steps)."""
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        for i, p in enumerate(self.params):
            if p.grad is not None:
                self._update(i, p, p.grad)

    def _update(self, i: int, p: Tensor, g: np.ndarray) -> None:
        raise TypeError(f"{type(self).__name__} must define _update()")


class SGD(Optimizer):
    """w -= lr * g; with momentum, w -= lr * v where v = momentum * v + g (PyTorch's form)."""

    def __init__(self, params: Iterable[Tensor], lr: float = 0.01, momentum: float = 0.0,
                 weight_decay: float = 0.0) -> None:
        super().__init__(params, lr)
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.velocity: list[np.ndarray | None] = [None] * len(self.params)

    def _update(self, i: int, p: Tensor, g: np.ndarray) -> None:
        if self.weight_decay:
            g = g + self.weight_decay * p.data  # L2 penalty folded into the gradient
        if self.momentum:
            v = self.velocity[i]
            if v is None:
                v = self.velocity[i] = g.astype(p.dtype, copy=True)
            else:
                v *= self.momentum
                v += g
            g = v
        p.data -= self.lr * g


class Adam(Optimizer):
    """Adam: per-weight step sizes from running averages of g (m) and g^2 (v).

    m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;  w -= lr * m_hat / (sqrt(v_hat) + eps)
    where m_hat, v_hat undo the start-up bias towards 0. weight_decay here is L2 (added to g).
    """

    decoupled = False

    def __init__(self, params: Iterable[Tensor], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0) -> None:
        super().__init__(params, lr)
        self.beta1, self.beta2 = betas
        self.eps = eps
        self.weight_decay = weight_decay
        self.m = [np.zeros_like(p.data) for p in self.params]
        self.v = [np.zeros_like(p.data) for p in self.params]
        self.t = 0

    def step(self) -> None:
        self.t += 1
        super().step()

    def _update(self, i: int, p: Tensor, g: np.ndarray) -> None:
        if self.weight_decay and not self.decoupled:
            g = g + self.weight_decay * p.data
        if self.weight_decay and self.decoupled:
            p.data *= 1 - self.lr * self.weight_decay  # AdamW: shrink weights directly
        m, v = self.m[i], self.v[i]
        m *= self.beta1
        m += (1 - self.beta1) * g
        v *= self.beta2
        v += (1 - self.beta2) * (g * g)
        bias1 = 1 - self.beta1**self.t
        bias2 = 1 - self.beta2**self.t
        step = self.lr / bias1
        p.data -= step * m / (np.sqrt(v / bias2) + self.eps)


class AdamW(Adam):
    """Adam with decoupled weight decay (w *= 1 - lr * wd each step), as GPT training uses."""

    decoupled = True

    def __init__(self, params: Iterable[Tensor], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.01) -> None:
        super().__init__(params, lr, betas, eps, weight_decay)


def clip_grad_norm(params: Iterable[Tensor], max_norm: float) -> float:
    """Scale all gradients down together if their overall length exceeds max_norm.

    Returns the length before clipping. Example: grads [3, 4] (length 5), max_norm 1 ->
    [0.6, 0.8].
    """
    grads = [p.grad for p in params if p.grad is not None]
    total = math.sqrt(sum(float((g.astype(np.float64) ** 2).sum()) for g in grads))
    if total > max_norm:
        scale = max_norm / (total + 1e-6)
        for p in params:
            if p.grad is not None:
                p.grad = p.grad * scale
    return total


# ----------------------------------------------------------------------------
# learning-rate schedules: functions of the step number, set with `opt.lr = schedule(step)`


def constant_lr(step: int, lr: float) -> float:
    return lr


def step_lr(step: int, lr: float, every: int, gamma: float = 0.1) -> float:
    """Multiply lr by gamma every `every` steps: step_lr(25, 1.0, 10, 0.5) = 0.25."""
    return lr * gamma ** (step // every)


def cosine_lr(step: int, lr: float, total_steps: int, warmup_steps: int = 0,
              min_lr: float = 0.0) -> float:
    """Linear warm-up, then a half cosine from lr down to min_lr (nanoGPT's schedule).

    Example: cosine_lr(50, 1.0, 100) = 0.5 (halfway down).
    """
    if step < warmup_steps:
        return lr * (step + 1) / warmup_steps
    if step >= total_steps:
        return min_lr
    progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
    return min_lr + 0.5 * (lr - min_lr) * (1 + math.cos(math.pi * progress))
