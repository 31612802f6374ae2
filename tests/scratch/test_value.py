"""Scalar autograd: micrograd-style expressions agree with PyTorch; the graph exports."""

from __future__ import annotations

import math

import pytest

from fromzero.scratch.value import Value
from fromzero.scratch.value_nn import MLP


def test_sanity_check_against_pytorch():
    torch = pytest.importorskip("torch")
    x = Value(-4.0)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()

    xt = torch.tensor([-4.0], dtype=torch.double, requires_grad=True)
    zt = 2 * xt + 2 + xt
    qt = zt.relu() + zt * xt
    ht = (zt * zt).relu()
    yt = ht + qt + qt * xt
    yt.backward()
    assert y.data == pytest.approx(yt.item(), abs=1e-6)
    assert x.grad == pytest.approx(xt.grad.item(), abs=1e-6)


def test_more_ops_against_pytorch():
    torch = pytest.importorskip("torch")
    a = Value(-4.0)
    b = Value(2.0)
    c = a + b
    d = a * b + b**3
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g += 10.0 / f
    g = g + (b.exp() + (b * 0.5).tanh() + b.sigmoid() + (b * b).log()) * 0.1
    g.backward()

    at = torch.tensor([-4.0], dtype=torch.double, requires_grad=True)
    bt = torch.tensor([2.0], dtype=torch.double, requires_grad=True)
    ct = at + bt
    dt = at * bt + bt**3
    ct = ct + ct + 1
    ct = ct + 1 + ct + (-at)
    dt = dt + dt * 2 + (bt + at).relu()
    dt = dt + 3 * dt + (bt - at).relu()
    et = ct - dt
    ft = et**2
    gt = ft / 2.0
    gt = gt + 10.0 / ft
    gt = gt + (bt.exp() + (bt * 0.5).tanh() + bt.sigmoid() + (bt * bt).log()) * 0.1
    gt.backward()
    assert g.data == pytest.approx(gt.item(), abs=1e-6)
    assert a.grad == pytest.approx(at.grad.item(), abs=1e-6)
    assert b.grad == pytest.approx(bt.grad.item(), abs=1e-6)


def test_gradient_of_shared_input_adds_up():
    a = Value(3.0)
    b = a + a
    b.backward()
    assert a.grad == 2.0


def test_sigmoid_of_zero_is_one_half_and_extremes_do_not_overflow():
    assert Value(0.0).sigmoid().data == 0.5
    assert Value(-1000.0).sigmoid().data == pytest.approx(0.0)
    assert Value(1000.0).sigmoid().data == pytest.approx(1.0)


def test_log_of_non_positive_explains():
    with pytest.raises(ValueError, match="positive"):
        Value(0.0).log()


def test_graph_export_lists_nodes_and_edges():
    a = Value(2.0, label="a")
    b = Value(-3.0, label="b")
    c = a * b
    c.label = "c"
    c.backward()
    graph = c.to_graph()
    by_label = {n["label"]: n for n in graph["nodes"]}
    assert set(by_label) == {"a", "b", "c"}
    assert by_label["c"]["op"] == "*"
    assert by_label["a"]["grad"] == -3.0
    assert by_label["c"]["data"] == -6.0
    ids = {n["label"]: n["id"] for n in graph["nodes"]}
    edges = {(e["from"], e["to"]) for e in graph["edges"]}
    assert edges == {(ids["a"], ids["c"]), (ids["b"], ids["c"])}


def test_deep_graph_does_not_hit_recursion_limit():
    x = Value(1.0)
    y = x
    for _ in range(5000):
        y = y * 1.0 + 0.0
    y.backward()
    assert x.grad == 1.0


def test_value_mlp_learns_a_small_problem():
    xs = [[2.0, 3.0], [3.0, -1.0], [0.5, 1.0], [1.0, 1.0]]
    ys = [1.0, -1.0, -1.0, 1.0]
    net = MLP(2, [16, 16, 1], seed=1)
    first = None
    for _ in range(100):
        preds = [net([Value(v) for v in x]) for x in xs]
        loss = sum(((p - y) ** 2 for p, y in zip(preds, ys)), Value(0.0))
        first = first if first is not None else loss.data
        net.zero_grad()
        loss.backward()
        for p in net.parameters():
            p.data -= 0.01 * p.grad
    assert loss.data < 0.05 * first
    assert not math.isnan(loss.data)


def test_paused_gc_restores_the_collector():
    import gc

    from fromzero.scratch.value import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_speed_settings_apply_and_keep_results():
    import numpy as np

    from fromzero.scratch.speed import keep_freed_memory, limit_blas_threads

    assert isinstance(keep_freed_memory(), bool)
    a = np.random.default_rng(0).standard_normal((300, 300))
    before = a @ a
    assert isinstance(limit_blas_threads(1), bool)
    np.testing.assert_allclose(a @ a, before, rtol=1e-10)
