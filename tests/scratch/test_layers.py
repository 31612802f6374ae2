"""Layers and fused ops: forward and gradients equal PyTorch's in float64, and finite
differences agree."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.scratch import functional as F
from fromzero.scratch import nn
from fromzero.scratch.tensor import Tensor
from tests.scratch.helpers import (
    check_against_finite_differences,
    check_against_torch,
    optional_torch,
)

torch = optional_torch()
TF = torch.nn.functional
rng = np.random.default_rng(0)


def r(*shape: int) -> np.ndarray:
    return rng.standard_normal(shape)


LABELS = np.array([1, 0, 3])
SEQ_LABELS = np.array([[1, 0], [2, 3]])
IDS = np.array([[0, 2, 2], [1, 0, 4]])

CASES = [
    ("linear", F.linear, TF.linear, [r(3, 4), r(5, 4), r(5)]),
    ("linear_3d", F.linear, TF.linear, [r(2, 3, 4), r(5, 4), r(5)]),
    ("cross_entropy", lambda z: F.cross_entropy(z, LABELS),
     lambda z: TF.cross_entropy(z, torch.tensor(LABELS)), [r(3, 5)]),
    ("cross_entropy_sequence", lambda z: F.cross_entropy(z, SEQ_LABELS),
     lambda z: TF.cross_entropy(z.reshape(-1, 4), torch.tensor(SEQ_LABELS).reshape(-1)),
     [r(2, 2, 4)]),
    ("mse", lambda p, t: F.mse_loss(p, t.data), lambda p, t: TF.mse_loss(p, t.detach()),
     [r(3, 2), r(3, 2)]),
    ("layer_norm", F.layer_norm, lambda x, w, b: TF.layer_norm(x, (6,), w, b, 1e-5),
     [r(2, 3, 6), r(6), r(6)]),
    ("rms_norm", F.rms_norm, lambda x, w: TF.rms_norm(x, (6,), w, 1e-6), [r(2, 3, 6), r(6)]),
    ("embedding", lambda w: F.embedding(IDS, w), lambda w: TF.embedding(torch.tensor(IDS), w),
     [r(5, 3)]),
    ("conv2d", F.conv2d, TF.conv2d, [r(2, 3, 6, 6), r(4, 3, 3, 3), r(4)]),
    ("conv2d_stride_padding", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1),
     lambda x, w, b: TF.conv2d(x, w, b, stride=2, padding=1), [r(2, 2, 7, 7), r(3, 2, 3, 3),
                                                                r(3)]),
    ("conv2d_no_bias", lambda x, w: F.conv2d(x, w, None, 1, 2),
     lambda x, w: TF.conv2d(x, w, None, 1, 2), [r(1, 2, 5, 5), r(2, 2, 5, 5)]),
    ("max_pool2d", lambda x: F.max_pool2d(x, 2), lambda x: TF.max_pool2d(x, 2),
     [r(2, 3, 6, 6)]),
    ("max_pool2d_odd_size", lambda x: F.max_pool2d(x, 2), lambda x: TF.max_pool2d(x, 2),
     [r(2, 2, 11, 11)]),
    ("max_pool2d_overlapping", lambda x: F.max_pool2d(x, 3, 2), lambda x: TF.max_pool2d(x, 3, 2),
     [r(1, 2, 7, 7)]),
]


@pytest.mark.parametrize("name, ours, theirs, arrays", CASES, ids=[c[0] for c in CASES])
def test_layer_op_matches_pytorch(name, ours, theirs, arrays):
    pytest.importorskip("torch")
    check_against_torch(ours, theirs, arrays)


@pytest.mark.parametrize("name, ours, theirs, arrays", CASES, ids=[c[0] for c in CASES])
def test_layer_op_matches_finite_differences(name, ours, theirs, arrays):
    check_against_finite_differences(ours, [a.copy() for a in arrays])


def _copy_params(ours: nn.Module, names: dict[str, str], theirs: torch.nn.Module) -> None:
    state = theirs.state_dict()
    for mine, their_name in names.items():
        p = dict(ours.named_parameters())[mine]
        p.data = state[their_name].numpy().astype(np.float64).copy()


def _torch_params(module: torch.nn.Module) -> dict[str, torch.Tensor]:
    return dict(module.named_parameters())


RNN_NAMES = {"weight_ih": "weight_ih_l0", "weight_hh": "weight_hh_l0",
             "bias_ih": "bias_ih_l0", "bias_hh": "bias_hh_l0"}


@pytest.mark.parametrize("kind", ["RNN", "LSTM"])
def test_recurrent_layer_matches_pytorch(kind):
    pytest.importorskip("torch")
    torch.manual_seed(0)
    theirs = getattr(torch.nn, kind)(3, 5, batch_first=True).double()
    ours = getattr(nn, kind)(3, 5)
    _copy_params(ours, RNN_NAMES, theirs)
    x_np = r(2, 4, 3)
    x = Tensor(x_np.copy(), requires_grad=True)
    xt = torch.tensor(x_np, requires_grad=True)
    out, _ = ours(x)
    ref, _ = theirs(xt)
    np.testing.assert_allclose(out.data, ref.detach().numpy(), atol=1e-6)
    w = r(*out.shape)
    (out * w).sum().backward()
    (ref * torch.tensor(w)).sum().backward()
    np.testing.assert_allclose(x.grad, xt.grad.numpy(), atol=1e-6)
    for mine, their_name in RNN_NAMES.items():
        got = dict(ours.named_parameters())[mine].grad
        np.testing.assert_allclose(got, _torch_params(theirs)[their_name].grad.numpy(), atol=1e-6)


def test_lstm_exposes_its_gates():
    lstm = nn.LSTM(3, 4)
    lstm(Tensor(r(2, 5, 3)))
    assert set(lstm.gates) == {"input", "forget", "cell", "output"}
    assert lstm.gates["forget"].shape == (2, 5, 4)
    assert (lstm.gates["forget"] > 0).all() and (lstm.gates["forget"] < 1).all()


def _torch_attention(x, wq, bq, wk, bk, wv, bv, wo, bo, n_head):
    B, T, C = x.shape
    D = C // n_head

    def heads(t):
        return t.reshape(B, T, n_head, D).transpose(1, 2)

    q, k, v = heads(TF.linear(x, wq, bq)), heads(TF.linear(x, wk, bk)), heads(TF.linear(x, wv, bv))
    y = TF.scaled_dot_product_attention(q, k, v, is_causal=True)
    return TF.linear(y.transpose(1, 2).reshape(B, T, C), wo, bo)


def test_causal_self_attention_matches_pytorch():
    pytest.importorskip("torch")
    attn = nn.CausalSelfAttention(8, 2).to(np.float64)
    layers = [attn.query, attn.key, attn.value, attn.proj]
    arrays = [r(2, 5, 8)] + [a for m in layers for a in (m.weight.data, m.bias.data)]

    def ours(x, *params):
        for i, m in enumerate(layers):
            m.weight, m.bias = params[2 * i], params[2 * i + 1]
        return attn(x)

    check_against_torch(ours, lambda x, *p: _torch_attention(x, *p, n_head=2), arrays)
    weights = attn.attention_weights
    assert weights.shape == (2, 2, 5, 5)
    np.testing.assert_allclose(weights.sum(-1), 1.0)
    assert np.all(np.triu(weights[0, 0], k=1) == 0)  # no looking ahead


def test_transformer_block_matches_pytorch():
    pytest.importorskip("torch")
    block = nn.TransformerBlock(8, 2).to(np.float64)
    a = block.attn
    x_np = r(2, 4, 8)
    x = Tensor(x_np.copy(), requires_grad=True)
    out = block(x)
    xt = torch.tensor(x_np, requires_grad=True)

    def t(p):
        return torch.tensor(p.data)

    h = xt + _torch_attention(
        TF.layer_norm(xt, (8,), t(block.ln_1.weight), t(block.ln_1.bias)),
        t(a.query.weight), t(a.query.bias), t(a.key.weight), t(a.key.bias),
        t(a.value.weight), t(a.value.bias), t(a.proj.weight), t(a.proj.bias), n_head=2)
    m = block.mlp
    hidden = TF.gelu(TF.linear(TF.layer_norm(h, (8,), t(block.ln_2.weight), t(block.ln_2.bias)),
                               t(m.fc.weight), t(m.fc.bias)), approximate="tanh")
    ref = h + TF.linear(hidden, t(m.proj.weight), t(m.proj.bias))
    np.testing.assert_allclose(out.data, ref.detach().numpy(), atol=1e-6)
    out.sum().backward()
    ref.sum().backward()
    np.testing.assert_allclose(x.grad, xt.grad.numpy(), atol=1e-6)


def test_dropout_scales_kept_values_and_is_off_in_eval():
    drop = nn.Dropout(0.5, seed=0)
    x = Tensor(np.ones((1000,)))
    y = drop(x).data
    assert set(np.unique(y)) <= {0.0, 2.0}
    assert 400 < (y == 0).sum() < 600
    drop.eval()
    np.testing.assert_array_equal(drop(x).data, x.data)


def test_sequential_names_parameters_like_pytorch():
    net = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
    assert [n for n, _ in net.named_parameters()] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    assert net.num_parameters() == 2 * 4 + 4 + 4 + 1


def test_linear_default_init_matches_pytorch_bound():
    layer = nn.Linear(100, 50)
    assert np.abs(layer.weight.data).max() <= 0.1
    assert layer.weight.dtype == np.float32


def _torch_rope(x, cos, sin):
    even, odd = x[..., 0::2], x[..., 1::2]
    out = torch.stack([even * cos - odd * sin, even * sin + odd * cos], dim=-1)
    return out.flatten(-2)  # interleave the pairs back


ANGLES = rng.uniform(0, 6.3, (4, 3))
ROPE_CASES = [
    ("silu", F.silu, TF.silu, [r(3, 4)]),
    ("rope", lambda x: F.rope(x, np.cos(ANGLES), np.sin(ANGLES)),
     lambda x: _torch_rope(x, torch.tensor(np.cos(ANGLES)), torch.tensor(np.sin(ANGLES))),
     [r(2, 2, 4, 6)]),
]


@pytest.mark.parametrize("name, ours, theirs, arrays", ROPE_CASES, ids=[c[0] for c in ROPE_CASES])
def test_llama_op_matches_finite_differences(name, ours, theirs, arrays):
    check_against_finite_differences(ours, [a.copy() for a in arrays])


@pytest.mark.parametrize("name, ours, theirs, arrays", ROPE_CASES, ids=[c[0] for c in ROPE_CASES])
def test_llama_op_matches_pytorch(name, ours, theirs, arrays):
    pytest.importorskip("torch")
    check_against_torch(ours, theirs, arrays)
