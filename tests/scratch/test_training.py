"""Optimizers match PyTorch step for step; small networks learn; data helpers behave."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.scratch import data, nn, optim
from fromzero.scratch import functional as F
from fromzero.scratch.tensor import Tensor


def _run_ours(make_opt, steps=5):
    w = Tensor(np.array([1.0, -2.0, 3.0]), requires_grad=True)
    opt = make_opt([w])
    for _ in range(steps):
        opt.zero_grad()
        ((w * w * w).sum() + (w * 2.0).sum()).backward()
        opt.step()
    return w.data


def _run_torch(make_opt, steps=5):
    import torch

    w = torch.tensor([1.0, -2.0, 3.0], dtype=torch.double, requires_grad=True)
    opt = make_opt([w])
    for _ in range(steps):
        opt.zero_grad()
        ((w * w * w).sum() + (w * 2.0).sum()).backward()
        opt.step()
    return w.detach().numpy()


OPTIMIZERS = [
    ("sgd", lambda p: optim.SGD(p, lr=0.01), "SGD", {"lr": 0.01}),
    ("momentum", lambda p: optim.SGD(p, lr=0.01, momentum=0.9), "SGD",
     {"lr": 0.01, "momentum": 0.9}),
    ("sgd_weight_decay", lambda p: optim.SGD(p, lr=0.01, momentum=0.9, weight_decay=0.1), "SGD",
     {"lr": 0.01, "momentum": 0.9, "weight_decay": 0.1}),
    ("adam", lambda p: optim.Adam(p, lr=0.1), "Adam", {"lr": 0.1}),
    ("adam_l2", lambda p: optim.Adam(p, lr=0.1, weight_decay=0.1), "Adam",
     {"lr": 0.1, "weight_decay": 0.1}),
    ("adamw", lambda p: optim.AdamW(p, lr=0.1, weight_decay=0.1), "AdamW",
     {"lr": 0.1, "weight_decay": 0.1}),
]


@pytest.mark.parametrize("name, ours, torch_name, kwargs", OPTIMIZERS,
                         ids=[o[0] for o in OPTIMIZERS])
def test_optimizer_matches_pytorch(name, ours, torch_name, kwargs):
    torch = pytest.importorskip("torch")
    expected = _run_torch(lambda p: getattr(torch.optim, torch_name)(p, **kwargs))
    np.testing.assert_allclose(_run_ours(ours), expected, rtol=1e-6, atol=1e-6)


def test_clip_grad_norm_scales_to_max_norm():
    w = Tensor(np.zeros(2), requires_grad=True)
    w.grad = np.array([3.0, 4.0])
    before = optim.clip_grad_norm([w], 1.0)
    assert before == pytest.approx(5.0)
    np.testing.assert_allclose(w.grad, [0.6, 0.8], atol=1e-6)


def test_schedules_follow_their_worked_examples():
    assert optim.step_lr(25, 1.0, every=10, gamma=0.5) == pytest.approx(0.25)
    assert optim.cosine_lr(50, 1.0, total_steps=100) == pytest.approx(0.5)
    assert optim.cosine_lr(0, 1.0, total_steps=100, warmup_steps=10) == pytest.approx(0.1)
    assert optim.cosine_lr(200, 1.0, total_steps=100, min_lr=0.1) == pytest.approx(0.1)


def test_mlp_learns_xor():
    nn.init.manual_seed(0)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([0, 1, 1, 0])
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 2))
    opt = optim.Adam(net.parameters(), lr=0.05)
    for _ in range(300):
        loss = F.cross_entropy(net(Tensor(x)), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < 0.05
    np.testing.assert_array_equal(net(Tensor(x)).data.argmax(axis=1), y)


def test_batches_cover_every_sample_once():
    x = np.arange(10)
    seen = np.concatenate([xb for xb, _ in data.batches(x, x, batch_size=4)])
    assert sorted(seen) == list(range(10))
    sizes = [len(xb) for xb, _ in data.batches(x, x, 4, drop_last=True)]
    assert sizes == [4, 4]


def test_train_val_split_sizes_and_no_overlap():
    x = np.arange(100)
    xt, yt, xv, yv = data.train_val_split(x, x, 0.2)
    np.testing.assert_array_equal(xv, yv)
    assert len(xt) == 80 and len(xv) == 20
    assert not set(xt) & set(xv)
    np.testing.assert_array_equal(xt, yt)


def test_shift_moves_pixels_and_fills_zero():
    img = np.zeros((5, 5))
    img[2, 3] = 1.0
    moved = data.shift(img, dx=1, dy=-1)
    assert moved[1, 4] == 1.0 and moved.sum() == 1.0


def test_rotate_by_90_degrees_turns_a_row_into_a_column():
    img = np.zeros((5, 5))
    img[2, 3:] = 1.0  # a bar to the right of the centre
    turned = data.rotate(img, 90)
    assert turned.sum() == 2.0
    assert turned[:, 2].sum() == 2.0


def test_noise_is_seeded_and_clipped():
    img = np.full((4, 4), 0.5, dtype=np.float32)
    a = data.add_noise(img, 0.3, seed=1)
    assert a.dtype == np.float32 and a.min() >= 0 and a.max() <= 1
    np.testing.assert_array_equal(a, data.add_noise(img, 0.3, seed=1))
    assert data.augment(np.stack([img, img]), seed=0).shape == (2, 4, 4)
