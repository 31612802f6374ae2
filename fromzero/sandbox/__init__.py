"""Run learner code away from the server: one interface, `get_runner()`, several isolations."""

from __future__ import annotations

from functools import lru_cache

from fromzero.sandbox.events import STATUSES, Event, Limits, done_message
from fromzero.sandbox.runner import Runner, collect


@lru_cache(maxsize=1)
def get_runner() -> Runner:
    """The runner the settings ask for (the plain subprocess runner until hardened)."""
    from fromzero.sandbox.subprocess_runner import SubprocessRunner

    return SubprocessRunner()


__all__ = ["STATUSES", "Event", "Limits", "Runner", "collect", "done_message", "get_runner"]
