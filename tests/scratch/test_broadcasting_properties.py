"""Property tests: for any pair of broadcastable shapes, forward matches numpy and every
input's gradient has the input's shape and the value of a summed-up ones array."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from fromzero.scratch.tensor import Tensor, unbroadcast


@settings(max_examples=60, deadline=None)
@given(shapes=hnp.mutually_broadcastable_shapes(num_shapes=2, max_dims=4, max_side=4),
       op=st.sampled_from(["add", "mul", "sub", "div"]))
def test_broadcast_gradients_have_input_shapes(shapes, op):
    sa, sb = shapes.input_shapes
    rng = np.random.default_rng(0)
    a_np = rng.uniform(1, 2, sa)
    b_np = rng.uniform(1, 2, sb)
    a = Tensor(a_np, requires_grad=True)
    b = Tensor(b_np, requires_grad=True)
    fns = {"add": np.add, "mul": np.multiply, "sub": np.subtract, "div": np.divide}
    out = {"add": a + b, "mul": a * b, "sub": a - b, "div": a / b}[op]
    np.testing.assert_allclose(out.data, fns[op](a_np, b_np))
    assert out.shape == shapes.result_shape
    out.sum().backward()
    assert a.grad.shape == sa
    assert b.grad.shape == sb
    if op == "add":
        # each input entry was used (output size / input size) times
        np.testing.assert_allclose(a.grad, np.full(sa, out.size / max(a.size, 1)))


@settings(max_examples=60, deadline=None)
@given(shapes=hnp.mutually_broadcastable_shapes(num_shapes=1, max_dims=4, max_side=4))
def test_unbroadcast_inverts_broadcast_to(shapes):
    (shape,) = shapes.input_shapes
    g = np.ones(shapes.result_shape)
    reduced = unbroadcast(g, shape)
    assert reduced.shape == shape
    assert reduced.sum() == g.sum()
