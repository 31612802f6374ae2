"""Run learner code away from the server: one interface, `get_runner()`, several isolations.

`FROMZERO_SANDBOX=hardened|subprocess` forces a runner; unset (or `auto`), the hardened runner
is used wherever the host allows it (root, namespaces, seccomp), else the plain subprocess
runner with a loud warning, because that one limits resources but isolates nothing.
"""

from __future__ import annotations

import logging
import os
import warnings
from functools import lru_cache

from fromzero.sandbox.events import STATUSES, Event, Limits, done_message
from fromzero.sandbox.runner import Runner, SandboxBusy, collect

log = logging.getLogger(__name__)


class SandboxUnavailable(RuntimeError):
    """FROMZERO_SANDBOX=hardened was asked for on a host that cannot provide it."""


def make_runner(mode: str | None = None) -> Runner:
    """A new runner for `mode` (hardened, subprocess or auto; default: the setting)."""
    from fromzero.sandbox.subprocess_runner import SubprocessRunner

    mode = (mode or os.environ.get("FROMZERO_SANDBOX") or "auto").strip().lower()
    if mode == "subprocess":
        return SubprocessRunner()
    if mode not in ("auto", "hardened"):
        raise ValueError(f"FROMZERO_SANDBOX={mode!r}: use hardened, subprocess or auto")
    from fromzero.sandbox.doctor import hardened_support

    ok, why = hardened_support()
    if ok:
        from fromzero.sandbox.hardened import HardenedRunner

        return HardenedRunner()
    if mode == "hardened":
        raise SandboxUnavailable(f"FROMZERO_SANDBOX=hardened, but {why}")
    message = (f"fromzero sandbox: falling back to the plain subprocess runner because {why}. "
               "Learner code is limited but NOT isolated from this machine; see docs/sandbox.md.")
    warnings.warn(message, RuntimeWarning, stacklevel=2)
    log.warning(message)
    return SubprocessRunner()


@lru_cache(maxsize=1)
def get_runner() -> Runner:
    """The process-wide runner the settings ask for."""
    return make_runner()


__all__ = ["STATUSES", "Event", "Limits", "Runner", "SandboxBusy", "SandboxUnavailable",
           "collect", "done_message", "get_runner", "make_runner"]
