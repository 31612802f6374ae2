"""Tokenizers: round trips on every kind of text, the expected first merges, <UNK>."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fromzero.scratch.tokenizers import (
    BPETokenizer,
    CharTokenizer,
    RegexBPETokenizer,
    WordTokenizer,
)
from fromzero.scratch.tokenizers.bpe import merge, pair_counts

TRAINING_TEXT = (
    "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.\n"
    "Café crème brûlée, naïve façade! 🙂🙂 emoji 🚀 and numbers 12345 67.\n"
) * 3
SAMPLES = ["", "a", "hello world", "Café crème brûlée", "🙂🚀👩‍👩‍👧 emoji", "tabs\tand\nlines  ",
           "ünïcödé ñ 漢字 ½²", "<|endoftext|> is just text here"]


@pytest.fixture(scope="module", params=["bpe", "regex"])
def trained(request):
    tok = BPETokenizer() if request.param == "bpe" else RegexBPETokenizer()
    tok.train(TRAINING_TEXT, 300)
    return tok


def test_helper_worked_examples():
    assert pair_counts([1, 2, 3, 1, 2]) == {(1, 2): 2, (2, 3): 1, (3, 1): 1}
    assert merge([1, 2, 3, 1, 2], (1, 2), 4) == [4, 3, 4]


@pytest.mark.parametrize("text", SAMPLES)
def test_bpe_round_trip(trained, text):
    assert trained.decode(trained.encode(text)) == text


def test_empty_string_encodes_to_nothing(trained):
    assert trained.encode("") == []


def test_first_merges_on_a_fixed_text():
    tok = BPETokenizer()
    assert tok.train("aaabdaaabac", 259) == [(97, 97), (256, 97), (257, 98)]
    assert tok.vocab[258] == b"aaab"
    assert tok.encode("aaabdaaabac") == [258, 100, 258, 97, 99]


def test_regex_first_merges_stay_inside_words():
    tok = RegexBPETokenizer()
    merges = tok.train("the cat the hat the mat the", 260)
    learned = [tok.vocab[256 + i] for i in range(len(merges))]
    assert learned[:4] == [b"th", b"the", b"at", b" the"]  # ties: first seen wins
    assert all(b" " not in piece[1:] for piece in learned)  # never a space inside


def test_training_compresses_text(trained):
    assert len(trained.encode(TRAINING_TEXT)) < len(TRAINING_TEXT.encode("utf-8")) * 0.6


def test_special_tokens_map_to_their_ids():
    tok = RegexBPETokenizer()
    tok.train(TRAINING_TEXT, 280)
    tok.register_special_tokens(["<|endoftext|>"])
    ids = tok.encode("hi<|endoftext|>there")
    assert tok.special_tokens["<|endoftext|>"] == 280
    assert 280 in ids
    assert tok.decode(ids) == "hi<|endoftext|>there"
    assert 280 not in tok.encode("hi<|endoftext|>there", allowed_special="none")


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=40))
def test_regex_split_loses_no_characters(text):
    tok = RegexBPETokenizer()
    assert "".join(tok._split(text)) == text


@settings(max_examples=30, deadline=None)
@given(text=st.text(max_size=30))
def test_regex_bpe_round_trips_any_unicode(text):
    tok = _shared_regex()
    assert tok.decode(tok.encode(text)) == text


_CACHE: dict[str, RegexBPETokenizer] = {}


def _shared_regex() -> RegexBPETokenizer:
    if "tok" not in _CACHE:
        tok = RegexBPETokenizer()
        tok.train(TRAINING_TEXT, 300)
        _CACHE["tok"] = tok
    return _CACHE["tok"]


def test_char_tokenizer_round_trips_and_rejects_unknown():
    tok = CharTokenizer("hello")
    assert tok.chars == ["e", "h", "l", "o"]
    assert tok.encode("hole") == [1, 3, 2, 0]
    assert tok.decode(tok.encode("hello")) == "hello"
    with pytest.raises(ValueError, match=r"\['z'\] were not in the training text"):
        tok.encode("z")


def test_word_tokenizer_uses_unk_for_rare_words():
    tok = WordTokenizer("the cat sat. the dog sat.", max_vocab=5)
    assert tok.words[0] == "<UNK>"
    assert tok.decode(tok.encode("the bird sat")) == "the <UNK> sat"
    assert tok.vocab_size == 5
