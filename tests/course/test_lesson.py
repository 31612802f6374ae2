from pathlib import Path

import pytest

from fromzero.course.lesson import parse_lesson, split_blocks
from fromzero.course.markdown import ContentError, fill_numbers, to_html


def test_split_blocks_separates_prose_and_directives():
    blocks = split_blocks("Hello\n\n::: worked neuron\nx: 1\nw: 2\nb: 3\n:::\nBye\n")
    assert [b.kind for b in blocks] == ["prose", "worked", "prose"]
    assert blocks[1].arg == "neuron"
    assert blocks[1].line == 3


def test_an_unclosed_directive_names_its_line():
    with pytest.raises(ContentError, match="line 2: '::: note' is never closed"):
        split_blocks("Hi\n::: note tip\nsome text\n")


def test_worked_blocks_are_computed_not_typed(tmp_path: Path):
    lesson = parse_lesson("::: worked neuron\nx: 5\nw: 0.5\nb: 1\n:::\n", tmp_path)
    steps = lesson.blocks[0]["steps"]
    assert steps[1]["expr"] == "2.5 + 1 = 3.5"


def test_a_failing_worked_block_is_an_error(tmp_path: Path):
    with pytest.raises(ContentError, match="worked weighted_sum"):
        parse_lesson("::: worked weighted_sum\ninputs: [1, 2]\nweights: [1]\n:::\n", tmp_path)


def test_unknown_directive_kinds_are_rejected(tmp_path: Path):
    with pytest.raises(ContentError, match="unknown block '::: video'"):
        parse_lesson("::: video x\n:::\n", tmp_path)


def test_inline_numbers_come_from_explain():
    assert fill_numbers("It is {{= sigmoid(x=0) }}.") == "It is 0.5."
    assert fill_numbers("{{= neuron(x=5, w=0.5, b=1) }}") == "3.5"


def test_math_is_kept_for_katex():
    html = to_html("The sum $x \\times w$ is it.")
    assert '<span class="math inline">x \\times w</span>' in html


def test_raw_html_in_lessons_is_escaped():
    assert "<script>" not in to_html("<script>alert(1)</script>")
