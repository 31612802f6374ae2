"""What an exercise's hidden tests.py declares: probes to run, mistakes to recognise.

tests.py runs on the server only. A Probe names a call to make against the learner's code
inside the sandbox; its expected value is what solution.py returns for the same call, so no
expected value is ever written into a file the learner's code could read.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ArgsMaker = Callable[[random.Random], tuple]


@dataclass(frozen=True)
class Probe:
    task: int
    call: str  # the learner's function to call
    args: tuple | ArgsMaker = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    name: str | None = None  # shown instead of the call, e.g. "the brief's example"
    # An anchor: the value a correct answer returns, independent of solution.py, so that a
    # broken solution.py is caught too. Prefer computing it (e.g. with fromzero.explain).
    expect: Any = None
    # For outcome checks: judge the returned value alone. Return None when good, else a
    # sentence for the learner. When set, solution.py is not consulted for this probe.
    check: Callable[[Any], str | None] | None = None

    def resolve(self, rng: random.Random) -> tuple:
        return tuple(self.args(rng)) if callable(self.args) else tuple(self.args)


@dataclass(frozen=True)
class Mistake:
    """A plausible wrong answer: if the learner's value equals when(*args), say `say`."""

    task: int
    when: Callable[..., Any]
    say: str


def random_floats(n: int, low: float = -5.0, high: float = 5.0, decimals: int = 2) -> ArgsMaker:
    """random_floats(3) -> a maker of args like (1.25, -3.5, 0.75), drawn per check."""

    def make(rng: random.Random) -> tuple:
        return tuple(round(rng.uniform(low, high), decimals) for _ in range(n))

    return make


def random_lists(n_lists: int, length: int, low: float = -5.0, high: float = 5.0,
                 decimals: int = 1, then: int = 0) -> ArgsMaker:
    """random_lists(2, 3, then=1) -> ([1.5, -2.0, 3.1], [0.4, 0.7, -1.2], 2.3)."""

    def make(rng: random.Random) -> tuple:
        lists = [[round(rng.uniform(low, high), decimals) for _ in range(length)]
                 for _ in range(n_lists)]
        extra = [round(rng.uniform(low, high), decimals) for _ in range(then)]
        return (*lists, *extra)

    return make
