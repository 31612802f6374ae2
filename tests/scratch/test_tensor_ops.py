"""Every Tensor op: forward and gradient equal PyTorch's (float64, 1e-6) and finite differences."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.scratch import concat, no_grad, stack
from fromzero.scratch.tensor import Tensor
from tests.scratch.helpers import (
    check_against_finite_differences,
    check_against_torch,
    optional_torch,
)

torch = optional_torch()
rng = np.random.default_rng(0)


def r(*shape: int) -> np.ndarray:
    return rng.standard_normal(shape)


def positive(*shape: int) -> np.ndarray:
    return rng.uniform(0.5, 2.0, shape)


# (name, ours, theirs, input arrays)
CASES = [
    ("add_broadcast", lambda a, b: a + b, lambda a, b: a + b, [r(3, 4), r(4)]),
    ("sub_broadcast", lambda a, b: a - b, lambda a, b: a - b, [r(2, 1, 4), r(3, 1)]),
    ("mul_broadcast", lambda a, b: a * b, lambda a, b: a * b, [r(3, 4), r(3, 1)]),
    ("div", lambda a, b: a / b, lambda a, b: a / b, [r(3, 4), positive(4)]),
    ("rdiv_scalar", lambda a: 2.0 / a, lambda a: 2.0 / a, [positive(5)]),
    ("pow", lambda a: a**3, lambda a: a**3, [r(2, 3)]),
    ("neg", lambda a: -a, lambda a: -a, [r(4)]),
    ("matmul_2d", lambda a, b: a @ b, lambda a, b: a @ b, [r(3, 4), r(4, 5)]),
    ("matmul_batched", lambda a, b: a @ b, lambda a, b: a @ b, [r(2, 3, 4), r(4, 5)]),
    ("matmul_batch_broadcast", lambda a, b: a @ b, lambda a, b: a @ b, [r(2, 1, 3, 4), r(5, 4, 2)]),
    ("matmul_vector", lambda a, b: a @ b, lambda a, b: a @ b, [r(3, 4), r(4)]),
    ("vector_matmul", lambda a, b: a @ b, lambda a, b: a @ b, [r(4), r(4, 2)]),
    ("sum_all", lambda a: a.sum(), lambda a: a.sum(), [r(3, 4)]),
    ("sum_axis", lambda a: a.sum(axis=1), lambda a: a.sum(dim=1), [r(3, 4, 2)]),
    ("sum_keepdims", lambda a: a.sum(axis=0, keepdims=True),
     lambda a: a.sum(dim=0, keepdim=True), [r(3, 4)]),
    ("mean_axis", lambda a: a.mean(axis=-1), lambda a: a.mean(dim=-1), [r(3, 4)]),
    ("mean_all", lambda a: a.mean(), lambda a: a.mean(), [r(3, 4)]),
    ("var", lambda a: a.var(axis=-1), lambda a: a.var(dim=-1, unbiased=False), [r(3, 5)]),
    ("max_axis", lambda a: a.max(axis=1), lambda a: a.amax(dim=1), [r(3, 5)]),
    ("max_all", lambda a: a.max(), lambda a: a.amax(), [r(3, 5)]),
    ("reshape", lambda a: a.reshape(4, 3), lambda a: a.reshape(4, 3), [r(3, 4)]),
    ("transpose_swap", lambda a: a.transpose(0, 2), lambda a: a.transpose(0, 2), [r(2, 3, 4)]),
    ("T", lambda a: a.T, lambda a: a.T, [r(2, 3)]),
    ("permute", lambda a: a.permute(2, 0, 1), lambda a: a.permute(2, 0, 1), [r(2, 3, 4)]),
    ("index_slice", lambda a: a[1:, ::2], lambda a: a[1:, ::2], [r(4, 5)]),
    ("index_int", lambda a: a[:, 2], lambda a: a[:, 2], [r(4, 5)]),
    ("index_repeated", lambda a: a[np.array([0, 2, 0])], lambda a: a[[0, 2, 0]], [r(3, 2)]),
    ("gather", lambda a: a.gather(1, np.array([[0], [2], [1]])),
     lambda a: a.gather(1, torch.tensor([[0], [2], [1]])), [r(3, 4)]),
    ("masked_fill", lambda a: a.masked_fill(np.eye(3, dtype=bool), 0.0),
     lambda a: a.masked_fill(torch.eye(3, dtype=torch.bool), 0.0), [r(2, 3, 3)]),
    ("concat", lambda a, b: concat([a, b], axis=1), lambda a, b: torch.cat([a, b], dim=1),
     [r(2, 3), r(2, 4)]),
    ("stack", lambda a, b: stack([a, b], axis=0), lambda a, b: torch.stack([a, b], dim=0),
     [r(2, 3), r(2, 3)]),
    ("exp", lambda a: a.exp(), lambda a: a.exp(), [r(3, 4)]),
    ("log", lambda a: a.log(), lambda a: a.log(), [positive(3, 4)]),
    ("sqrt", lambda a: a.sqrt(), lambda a: a.sqrt(), [positive(3, 4)]),
    ("relu", lambda a: a.relu(), lambda a: a.relu(), [r(3, 4)]),
    ("tanh", lambda a: a.tanh(), lambda a: a.tanh(), [r(3, 4)]),
    ("sigmoid", lambda a: a.sigmoid(), lambda a: a.sigmoid(), [r(3, 4)]),
    ("gelu", lambda a: a.gelu(), lambda a: torch.nn.functional.gelu(a, approximate="tanh"),
     [r(3, 4)]),
    ("softmax", lambda a: a.softmax(axis=-1), lambda a: a.softmax(dim=-1), [r(3, 4)]),
    ("softmax_axis0", lambda a: a.softmax(axis=0), lambda a: a.softmax(dim=0), [r(3, 4)]),
    ("log_softmax", lambda a: a.log_softmax(axis=-1), lambda a: a.log_softmax(dim=-1),
     [r(3, 4)]),
    ("chain", lambda a, b: ((a @ b).tanh() * a.sum()).exp().mean(axis=0),
     lambda a, b: ((a @ b).tanh() * a.sum()).exp().mean(dim=0), [r(3, 3) * 0.3, r(3, 2) * 0.3]),
    ("reuse", lambda a: a * a + a, lambda a: a * a + a, [r(4)]),
]


@pytest.mark.parametrize("name, ours, theirs, arrays", CASES, ids=[c[0] for c in CASES])
def test_op_matches_pytorch(name, ours, theirs, arrays):
    pytest.importorskip("torch")
    check_against_torch(ours, theirs, arrays)


@pytest.mark.parametrize("name, ours, theirs, arrays", CASES, ids=[c[0] for c in CASES])
def test_op_matches_finite_differences(name, ours, theirs, arrays):
    check_against_finite_differences(ours, [a.copy() for a in arrays])


def test_python_floats_default_to_float32():
    assert Tensor([1.0, 2.0]).dtype == np.float32
    assert Tensor(np.zeros(2)).dtype == np.float64  # numpy arrays keep their type


def test_no_grad_builds_no_graph():
    w = Tensor(np.ones(3), requires_grad=True)
    with no_grad():
        y = (w * 2).sum()
    assert not y.requires_grad
    with pytest.raises(RuntimeError, match="requires_grad"):
        y.backward()


def test_backward_on_non_scalar_says_to_reduce():
    w = Tensor(np.ones(3), requires_grad=True)
    with pytest.raises(RuntimeError, match=r"\.sum\(\) or \.mean\(\)"):
        (w * 2).backward()


def test_gradients_accumulate_across_backward_calls():
    w = Tensor(np.ones(2), requires_grad=True)
    (w * 3).sum().backward()
    (w * 3).sum().backward()
    np.testing.assert_allclose(w.grad, [6.0, 6.0])


def test_numpy_on_the_left_still_builds_the_graph():
    w = Tensor(np.ones(2), requires_grad=True)
    y = (np.array([2.0, 3.0]) * w).sum()
    y.backward()
    np.testing.assert_allclose(w.grad, [2.0, 3.0])
