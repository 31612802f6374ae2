"""The whole GPT (m9.3): the parameter formulas match the real models, and the generated
next-char data still matches what the shipped char-gpt computes."""

from __future__ import annotations

import pytest

from fromzero.explain import explain
from fromzero.explain import gpt_walkthrough as walk
from fromzero.scratch.models.gpt import GPT, GPTConfig
from fromzero.scratch.models.llama import Llama, LlamaConfig
from fromzero.training.recipes import shipped_path


def _count(model) -> int:
    return sum(p.data.size for p in model.parameters())  # tied weights are counted once


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize(("V", "C", "n_layer", "n_head", "T"),
                         [(76, 128, 4, 4, 128), (10, 8, 2, 2, 5), (65, 16, 1, 4, 64)])
def test_gpt_params_matches_the_scratch_gpt(V, C, n_layer, n_head, T, bias):
    model = GPT(GPTConfig(vocab_size=V, n_embd=C, n_layer=n_layer, n_head=n_head,
                          block_size=T, bias=bias))
    steps = explain("gpt_params", V=V, C=C, n_layer=n_layer, T=T, bias=bias)
    assert steps[-1].value == _count(model)


def test_char_gpt_has_819456_parameters():
    assert explain("gpt_params", V=76, C=128, n_layer=4, T=128)[-1].value == 819456


def test_an_untied_head_adds_c_times_v():
    tied = explain("gpt_params", V=76, C=128, n_layer=4, T=128)[-1].value
    untied = explain("gpt_params", V=76, C=128, n_layer=4, T=128, tied=False)[-1].value
    assert untied - tied == 76 * 128


def test_llama_params_matches_a_tiny_scratch_llama():
    cfg = LlamaConfig(vocab_size=50, n_layer=2, n_embd=24, n_head=6, n_kv_head=2, ffn_dim=40)
    steps = explain("llama_params", V=50, C=24, n_layer=2, n_head=6, n_kv_head=2, ffn_dim=40)
    assert steps[-1].value == _count(Llama(cfg))


def test_smollm2_config_gives_its_135_million():
    cfg = LlamaConfig()  # the defaults are SmolLM2-135M's numbers
    steps = explain("llama_params", V=cfg.vocab_size, C=cfg.n_embd, n_layer=cfg.n_layer,
                    n_head=cfg.n_head, n_kv_head=cfg.n_kv_head, ffn_dim=cfg.ffn_dim)
    assert steps[-1].value == 134515008


def test_gpt_shapes_ends_on_one_chance_per_token():
    steps = explain("gpt_shapes", V=76, C=128, n_layer=4, n_head=4, T=7)
    assert steps[1].expr == "(1, 7) → (1, 7, 128)"
    assert steps[-3].expr == "(1, 7, 128) → (1, 7, 76)"
    assert steps[-1].value == 76


def test_gpt_shapes_refuses_a_width_the_heads_cannot_share():
    with pytest.raises(ValueError, match="does not divide"):
        explain("gpt_shapes", V=76, C=130, n_layer=4, n_head=4, T=7)


def test_logits_to_chances_add_up_to_one():
    steps = explain("logits_to_chances", logits=[3.5, 1.25, -0.5], tokens=["e", "o", " "])
    chances = [s.value for s in steps if "That is its chance" in s.text]
    assert sum(chances) == pytest.approx(1)
    assert steps[-1].value == chances[0]


def test_the_top_k_helper_sorts_biggest_first():
    tops = walk.top_k([0.0, 2.0, 1.0], "abc", k=2)
    assert [ch for ch, _, _ in tops] == ["b", "c"]


@pytest.mark.skipif(not shipped_path("char-gpt").is_file(), reason="no shipped char-gpt model")
def test_generated_next_char_data_matches_the_shipped_model():
    stored = walk.parse(walk.DATA_FILE.read_text(encoding="utf-8"))
    fresh = walk.compute()
    assert stored["vocab"] == fresh["vocab"]
    assert stored["config"] == fresh["config"]
    assert [p["prompt"] for p in stored["prompts"]] == [p["prompt"] for p in fresh["prompts"]]
    for old, new in zip(stored["prompts"], fresh["prompts"], strict=True):
        assert old["ids"] == new["ids"]
        assert old["logits"] == pytest.approx(new["logits"], abs=2e-3), old["prompt"]
        assert ([c for c, _, _ in walk.top_k(old["logits"], stored["vocab"])]
                == [c for c, _, _ in walk.top_k(new["logits"], fresh["vocab"])])
