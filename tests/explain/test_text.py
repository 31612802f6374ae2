"""Text as numbers (m7.1): vocabulary, encode and bigram counts, shown step by step."""

import pytest

from fromzero.course.markdown import final_value
from fromzero.explain import explain
from fromzero.explain.text import followers, show_char, sorted_chars
from fromzero.scratch.tokenizers import CharTokenizer

RHYME = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n"


def test_vocabulary_of_hello_world_sorts_the_space_first():
    assert sorted_chars("hello world") == [" ", "d", "e", "h", "l", "o", "r", "w"]
    assert final_value("vocabulary", {"text": "hello world"}) == 8
    assert final_value("vocabulary", {"text": "hello world", "char": "o"}) == 5


def test_vocabulary_shows_the_space_as_a_visible_sign():
    steps = explain("vocabulary", text="hello world")
    assert steps[1].expr.startswith("␣, d, e")
    assert show_char("\n") == "↵"


def test_encode_matches_the_course_char_tokenizer():
    steps = explain("encode", text="hello world")
    assert steps[-1].expr == str(CharTokenizer("hello world").encode("hello world"))
    assert final_value("encode", {"text": "hole", "source": "hello"}) == 0


def test_encode_rejects_a_character_missing_from_the_vocabulary():
    with pytest.raises(ValueError, match="not in the vocabulary"):
        explain("encode", text="zoo", source="hello")


def test_bigram_counts_divide_each_count_by_the_row_total():
    assert followers(RHYME, "t").count("h") == 6
    assert final_value("bigram_counts", {"text": RHYME, "first": "t"}) == 0.6
    assert final_value("bigram_counts", {"text": RHYME, "first": "e", "show": "n"}) == 0.25
    assert final_value("bigram_counts", {"text": RHYME, "first": "e", "show": "z"}) == 0


def test_bigram_counts_break_a_tie_by_sorted_order():
    steps = explain("bigram_counts", text="hello world", first="l")
    assert steps[-1].expr == "l → d: 0.3333"
    assert "tie" in steps[-1].text


def test_bigram_counts_need_a_next_character():
    with pytest.raises(ValueError, match="never followed"):
        explain("bigram_counts", text="abc", first="c")
