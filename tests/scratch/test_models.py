"""Models build with the right shapes and learn; sampling and compression behave."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fromzero.scratch import checkpoint, nn, optim, sampling
from fromzero.scratch import functional as F
from fromzero.scratch.compress import (
    dequantize,
    distillation_loss,
    magnitude_prune,
    quantize_int8,
    quantize_model,
)
from fromzero.scratch.models import GPT, MLP, CharLM, GPTConfig, MnistCNN
from fromzero.scratch.tensor import Tensor, no_grad

SHAKESPEARE = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tinyshakespeare.txt"


def test_mnist_cnn_shapes_follow_the_brief():
    net = MnistCNN()
    logits = net(Tensor(np.zeros((2, 28, 28), dtype=np.float32)))
    assert logits.shape == (2, 10)
    assert net.feature_maps["conv1"].shape == (2, 8, 13, 13)
    assert net.feature_maps["conv2"].shape == (2, 16, 5, 5)
    assert net.fc1.weight.shape == (64, 400)


def test_mnist_cnn_gradients_flow_to_every_parameter():
    net = MnistCNN()
    x = np.random.default_rng(0).random((4, 1, 28, 28), dtype=np.float32)
    F.cross_entropy(net(Tensor(x)), np.array([0, 1, 2, 3])).backward()
    assert all(p.grad is not None and np.abs(p.grad).sum() > 0 for p in net.parameters())


def test_mlp_builds_784_128_64_10():
    net = MLP([784, 128, 64, 10])
    assert net(Tensor(np.zeros((3, 784), dtype=np.float32))).shape == (3, 10)
    assert net.num_parameters() == 784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10


@pytest.mark.parametrize("kind", ["rnn", "lstm"])
def test_char_lm_memorises_a_short_string(kind):
    nn.init.manual_seed(0)
    text = "hello world, hello there"
    chars = sorted(set(text))
    ids = np.array([[chars.index(c) for c in text]])
    model = CharLM(len(chars), embed_dim=16, hidden_size=32, kind=kind)
    opt = optim.Adam(model.parameters(), lr=0.02)
    for _ in range(120):
        _, loss = model(ids[:, :-1], ids[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < 0.3
    out = model.generate([int(ids[0, 0])], 10, temperature=0)
    assert "".join(chars[i] for i in out) == text[:11]


def _shakespeare_batch(block: int, batch: int) -> tuple[np.ndarray, np.ndarray, int]:
    if not SHAKESPEARE.exists():
        pytest.skip(f"tiny-shakespeare not found at {SHAKESPEARE} (shared data is absent)")
    text = SHAKESPEARE.read_text()[:20000]
    chars = sorted(set(text))
    data = np.array([chars.index(c) for c in text])
    rng = np.random.default_rng(0)
    starts = rng.integers(0, len(data) - block - 1, size=batch)
    x = np.stack([data[s:s + block] for s in starts])
    y = np.stack([data[s + 1:s + block + 1] for s in starts])
    return x, y, len(chars)


def test_gpt_tiny_config_overfits_one_batch_of_tiny_shakespeare():
    x, y, vocab = _shakespeare_batch(block=32, batch=2)
    nn.init.manual_seed(0)
    model = GPT(GPTConfig(block_size=32, vocab_size=vocab, n_layer=2, n_head=2, n_embd=48))
    opt = optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.0)
    for _ in range(100):
        _, loss = model(x, y)
        opt.zero_grad()
        loss.backward()
        optim.clip_grad_norm(model.parameters(), 1.0)
        opt.step()
    assert loss.item() < 0.1


def test_gpt_weight_tying_shares_one_matrix():
    model = GPT(GPTConfig(block_size=8, vocab_size=10, n_layer=1, n_head=2, n_embd=8))
    assert model.lm_head.weight is model.wte.weight
    names = [n for n, _ in model.named_parameters()]
    assert "lm_head.weight" not in names and "wte.weight" in names


def test_gpt_generate_is_seeded_and_crops_context(tmp_path):
    model = GPT(GPTConfig(block_size=8, vocab_size=10, n_layer=1, n_head=2, n_embd=8))
    a = model.generate([1, 2], 12, temperature=1.0, top_k=5, seed=3)
    b = model.generate([1, 2], 12, temperature=1.0, top_k=5, seed=3)
    assert a == b and len(a) == 14
    path = tmp_path / "gpt.npz"
    checkpoint.save(path, model, model.config_dict())
    _, config = checkpoint.load(path)
    clone = GPT(GPTConfig(**config))
    checkpoint.load_into(clone, path)
    assert clone.generate([1, 2], 12, temperature=1.0, top_k=5, seed=3) == a


def test_gpt_rejects_too_long_input():
    model = GPT(GPTConfig(block_size=4, vocab_size=10, n_layer=1, n_head=1, n_embd=8))
    with pytest.raises(ValueError, match="block_size is 4"):
        model(np.zeros((1, 5), dtype=int))


def test_greedy_picks_the_largest_and_top_k_excludes_the_rest():
    logits = np.array([2.0, 1.0, 0.0])
    assert sampling.sample(logits, temperature=0) == 0
    rng = np.random.default_rng(0)
    picks = {sampling.sample(logits, top_k=2, rng=rng) for _ in range(200)}
    assert picks == {0, 1}


def test_top_p_keeps_the_smallest_set_reaching_p():
    probs = sampling.filter_probs(np.log(np.array([0.5, 0.3, 0.15, 0.05])), top_p=0.8)
    np.testing.assert_allclose(probs, [0.625, 0.375, 0.0, 0.0])


def test_low_temperature_sharpens():
    logits = np.array([1.0, 0.0])
    assert sampling.filter_probs(logits, temperature=0.1)[0] > 0.99
    assert sampling.filter_probs(logits, temperature=10)[0] < 0.6


def test_sampling_is_seeded():
    logits = np.zeros(50)
    a = [sampling.sample(logits, rng=np.random.default_rng(7)) for _ in range(5)]
    b = [sampling.sample(logits, rng=np.random.default_rng(7)) for _ in range(5)]
    assert a == b


def test_int8_worked_example():
    q, scale = quantize_int8(np.array([-0.5, 0.1, 1.27], dtype=np.float32))
    np.testing.assert_array_equal(q, [-50, 10, 127])
    np.testing.assert_allclose(dequantize(q, scale), [-0.5, 0.1, 1.27], rtol=1e-6)


def test_per_channel_beats_per_tensor_on_rows_of_different_scale():
    rng = np.random.default_rng(0)
    w = rng.standard_normal((4, 64)).astype(np.float32) * np.array([[100], [1], [0.01], [1]])
    err_tensor = np.abs(dequantize(*quantize_int8(w)) - w)[2].max()
    err_channel = np.abs(dequantize(*quantize_int8(w, per_channel=True)) - w)[2].max()
    assert err_channel < err_tensor / 100


def _trained_xor_mlp() -> tuple[nn.Module, callable]:
    nn.init.manual_seed(0)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([0, 1, 1, 0])
    net = MLP([2, 16, 2], activation="tanh")
    opt = optim.Adam(net.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(net(Tensor(x)), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    def accuracy(model: nn.Module) -> float:
        with no_grad():
            return float((model(Tensor(x)).data.argmax(1) == y).mean())
    return net, accuracy


@pytest.mark.parametrize("per_channel", [False, True])
def test_quantize_model_reports_size_and_accuracy(per_channel):
    net, accuracy = _trained_xor_mlp()
    report = quantize_model(net, per_channel=per_channel, evaluate=accuracy)
    assert report.accuracy_before == 1.0 and report.accuracy_after == 1.0
    assert report.size_ratio < (0.7 if per_channel else 0.5)  # tiny net: scales add up
    assert "int8" in report.summary() and "+0.0000" in report.summary()


def test_magnitude_pruning_zeroes_the_smallest_weights():
    net, accuracy = _trained_xor_mlp()
    report = magnitude_prune(net, 0.5, evaluate=accuracy)
    w = net.net[0].weight.data
    assert (w == 0).mean() == pytest.approx(0.5, abs=0.05)
    assert report.accuracy_change is not None


def test_distillation_loss_matches_pytorch():
    torch = pytest.importorskip("torch")
    TF = torch.nn.functional
    rng = np.random.default_rng(0)
    s_np, t_np, y = rng.standard_normal((4, 5)), rng.standard_normal((4, 5)), np.array([0, 1, 4, 2])
    s = Tensor(s_np, requires_grad=True)
    loss = distillation_loss(s, t_np, y, temperature=2.0, alpha=0.7)
    loss.backward()
    st = torch.tensor(s_np, requires_grad=True)
    soft = TF.kl_div(TF.log_softmax(st / 2, -1), TF.log_softmax(torch.tensor(t_np) / 2, -1),
                     reduction="batchmean", log_target=True)
    ref = 0.7 * 4 * soft + 0.3 * TF.cross_entropy(st, torch.tensor(y))
    ref.backward()
    assert loss.item() == pytest.approx(ref.item(), abs=1e-6)
    np.testing.assert_allclose(s.grad, st.grad.numpy(), atol=1e-6)
