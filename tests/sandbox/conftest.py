"""Fixtures for the sandbox tests: one warm hardened runner shared by the whole folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fromzero.sandbox.doctor import hardened_support
from fromzero.sandbox.events import Event

REPO = Path(__file__).resolve().parents[2]
# CI lays a copy of shared/ beside the clone; a developer's checkout has it there too.
CATALOGUE = REPO.parent / "shared" / "sandbox_attacks.py"


def hardened_or_skip() -> None:
    ok, why = hardened_support()
    if not ok:
        pytest.skip(f"hardened sandbox not available on this host: {why}")


@pytest.fixture(scope="session")
def runner() -> Iterator:
    hardened_or_skip()
    from fromzero.sandbox.hardened import HardenedRunner

    r = HardenedRunner()
    r.warm()
    yield r
    r.close()


@pytest.fixture
def catalogue() -> Path:
    if not CATALOGUE.is_file():
        pytest.skip(f"attack catalogue missing: {CATALOGUE} (shared/ must sit beside the repo)")
    return CATALOGUE


def run(runner, code: str, **kwargs) -> tuple[str, str, dict, list[Event]]:
    """(stdout, stderr, done data, all events) of one run."""
    events = list(runner.run(code, **kwargs))
    out = "".join(e.data["text"] for e in events if e.kind == "stdout")
    err = "".join(e.data["text"] for e in events if e.kind == "stderr")
    done = [e for e in events if e.kind == "done"]
    assert len(done) == 1 and events[-1].kind == "done", "a run ends with exactly one done"
    return out, err, done[0].data, events
