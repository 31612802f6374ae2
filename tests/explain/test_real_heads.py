"""The head-viewer demo's real attention weights still match the shipped char-gpt model."""

import math

import pytest

from fromzero.explain import real_heads
from fromzero.training.recipes import shipped_path

pytestmark = pytest.mark.skipif(not shipped_path("char-gpt").is_file(),
                                reason="the shipped char-gpt model is not here")


def test_heads_file_matches_a_fresh_run_of_char_gpt():
    stored = real_heads.read()
    fresh = real_heads.build()
    assert stored["texts"][0]["text"] == fresh["texts"][0]["text"]
    assert (stored["n_layer"], stored["n_head"]) == (fresh["n_layer"], fresh["n_head"])
    for s_text, f_text in zip(stored["texts"], fresh["texts"], strict=True):
        assert s_text["text"] == f_text["text"]
        for s_layer, f_layer in zip(s_text["layers"], f_text["layers"], strict=True):
            for s_head, f_head in zip(s_layer, f_layer, strict=True):
                for s_row, f_row in zip(s_head, f_head, strict=True):
                    assert len(s_row) == len(f_row)
                    assert all(abs(a - b) <= 0.002 for a, b in zip(s_row, f_row, strict=True))


def test_every_row_of_weights_adds_up_to_one():
    for text in real_heads.read()["texts"]:
        for layer in text["layers"]:
            for head in layer:
                assert len(head) == len(text["text"])
                for t, row in enumerate(head):
                    assert len(row) == t + 1  # later characters are masked out
                    assert math.isclose(sum(row), 1, abs_tol=0.01)
