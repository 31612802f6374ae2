"""The one interface every way of running learner code sits behind.

The server, the grader, the content validator and the training jobs all call `get_runner()`
and then `runner.run(...)`. What stands behind it (a plain subprocess, a hardened fork server)
is a setting, so the rest of the code never changes when the isolation does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from fromzero.sandbox.events import Event, Limits


class SandboxBusy(Exception):
    """Every worker is busy and the queue is full: the server answers 429 with a
    Retry-After of `retry_after_s` seconds. Raised by `run()` itself, before any event."""

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(f"the sandbox is busy; retry in {retry_after_s:.0f} s")
        self.retry_after_s = retry_after_s


class Runner(Protocol):
    def run(
        self,
        code: str,
        *,
        files: Mapping[str, str | bytes] | None = None,
        limits: Limits | None = None,
        preset: str = "default",
    ) -> Iterator[Event]:
        """Run `code` as the main program in a fresh working folder holding `files`.

        Yields stdout/stderr/figure/metric events as they happen and exactly one final `done`
        event. Never raises for anything the code does: every ending is a status.
        `preset` names a server-side set of larger limits (e.g. "training"); the request
        body can never raise limits itself.
        """
        ...


def collect(events: Iterator[Event]) -> tuple[str, str, dict]:
    """Drain a run: (stdout, stderr, done-event data). Handy for tests and the grader."""
    out: list[str] = []
    err: list[str] = []
    done: dict = {}
    for ev in events:
        if ev.kind == "stdout":
            out.append(ev.data["text"])
        elif ev.kind == "stderr":
            err.append(ev.data["text"])
        elif ev.kind == "done":
            done = ev.data
    return "".join(out), "".join(err), done
