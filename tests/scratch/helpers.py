"""Shared checks: compare a fromzero.scratch computation with PyTorch and finite differences."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from fromzero.scratch.tensor import Tensor


def numeric_grad(f: Callable[[], float], x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central differences: (f(x + eps) - f(x - eps)) / 2eps for every entry of x (in place)."""
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + eps
        up = f()
        x[i] = old - eps
        down = f()
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def check_against_finite_differences(
    build: Callable[..., Tensor], arrays: list[np.ndarray], tol: float = 1e-5
) -> None:
    """build(*tensors) -> Tensor; compares analytic gradients of sum(out * w) to numeric ones."""
    rng = np.random.default_rng(1)
    inputs = [Tensor(a, requires_grad=True) for a in arrays]
    out = build(*inputs)
    weights = rng.standard_normal(out.shape)  # a random projection tests every output entry
    (out * weights).sum().backward()

    def f() -> float:
        return float((build(*[Tensor(a) for a in arrays]).data * weights).sum())

    for t, a in zip(inputs, arrays):
        if t.grad is None:  # used as a constant (e.g. a target): no gradient to check
            continue
        expected = numeric_grad(f, a)
        np.testing.assert_allclose(t.grad, expected, rtol=tol, atol=tol)


def check_against_torch(
    ours: Callable[..., Tensor], theirs: Callable, arrays: list[np.ndarray], tol: float = 1e-6
) -> None:
    """Forward values and gradients of ours(*Tensors) and theirs(*torch tensors) agree."""
    import torch

    rng = np.random.default_rng(2)
    mine = [Tensor(a.copy(), requires_grad=True) for a in arrays]
    out = ours(*mine)
    ref_inputs = [torch.tensor(a.copy(), requires_grad=True) for a in arrays]
    ref = theirs(*ref_inputs)
    np.testing.assert_allclose(out.data, ref.detach().numpy(), rtol=tol, atol=tol)
    weights = rng.standard_normal(out.shape)
    (out * weights).sum().backward()
    (ref * torch.tensor(weights)).sum().backward()
    for t, r in zip(mine, ref_inputs):
        if r.grad is None:  # an input PyTorch treats as a constant (e.g. a target)
            assert t.grad is None
            continue
        np.testing.assert_allclose(t.grad, r.grad.numpy(), rtol=tol, atol=tol)


class _NoTorch:
    """Stands in for torch when it is not installed: the PyTorch comparisons then skip, the
    finite-difference checks still run."""

    def __getattr__(self, name: str) -> _NoTorch:
        return self

    def __call__(self, *args: object, **kwargs: object) -> _NoTorch:
        return self


def optional_torch():
    """torch if installed, else a stand-in (tests needing it call pytest.importorskip)."""
    try:
        import torch
    except ImportError:
        return _NoTorch()
    return torch
