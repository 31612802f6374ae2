"""One kind of error for everything that can go wrong with data, written for a beginner.

Every message has three parts: what happened, what was expected, and what to try next. The
CLI prints them as they are; a notebook shows the same three lines in the traceback.
"""

from __future__ import annotations


class DatasetError(Exception):
    """A problem with a dataset that the learner can fix: missing, corrupted or unknown."""

    def __init__(self, what: str, expected: str, try_next: str) -> None:
        self.what = what
        self.expected = expected
        self.try_next = try_next
        super().__init__(f"{what}\nExpected: {expected}\nTry: {try_next}")


class ChecksumError(DatasetError):
    """A file's sha256 does not match the one recorded in the code: it is damaged or different."""
