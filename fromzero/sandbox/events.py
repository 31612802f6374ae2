"""The events a run streams back, and the words a learner reads for each way a run can end.

Contract (DESIGN.md §6): one stream per run, each event a small JSON object with a `kind`:

    {"kind": "stdout", "text": "..."}            what the program printed
    {"kind": "stderr", "text": "..."}            errors and warnings
    {"kind": "figure", "png": "<base64>"}        a matplotlib figure
    {"kind": "metric", "step": 3, "loss": 0.2}   from fromzero.live.log(...) in learner code
    {"kind": "done", "status": "ok", ...}        always last, exactly once
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EventKind = Literal["stdout", "stderr", "figure", "metric", "done"]
Status = Literal[
    "ok", "error", "cpu-time-limit", "wall-time-limit", "memory-limit", "output-limit", "killed"
]
STATUSES: tuple[str, ...] = (
    "ok", "error", "cpu-time-limit", "wall-time-limit", "memory-limit", "output-limit", "killed"
)


@dataclass
class Event:
    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.data}


@dataclass(frozen=True)
class Limits:
    """What one run may use. Defaults are safe for a lesson snippet."""

    wall_s: float = 5.0
    cpu_s: float = 3.0
    memory_mb: int = 256
    processes: int = 32
    file_mb: int = 16
    output_bytes: int = 1024 * 1024


def done_message(status: str, limits: Limits, exit_code: int | None = None,
                 signal_name: str | None = None) -> str:
    """The sentence a learner sees when a run ends this way."""
    kb = limits.output_bytes // 1024
    messages = {
        "ok": "Your program finished.",
        "error": "Your program stopped with an error. Read the last lines above: they name the "
                 "line and what went wrong.",
        "cpu-time-limit": f"Your program used more than {limits.cpu_s:g} s of CPU time and was "
                          "stopped. Is there a loop that never ends?",
        "wall-time-limit": f"Your program was stopped after {limits.wall_s:g} seconds. Is it "
                           "waiting for something, or looping forever?",
        "memory-limit": f"Your program tried to use more than {limits.memory_mb} MB of memory and "
                        "was stopped. Are you building a very large list or array?",
        "output-limit": f"Your program printed more than {kb} KB, so the output was cut at "
                        f"{kb} KB and the program was stopped. Print less, or print inside "
                        "fewer loop steps.",
        "killed": "Your program was stopped by the system"
                  + (f" (signal {signal_name})" if signal_name else "")
                  + ". It may have tried something the sandbox does not allow.",
    }
    msg = messages.get(status, "Your program ended.")
    if status == "error" and exit_code not in (None, 1):
        msg = f"Your program exited with code {exit_code}. Code 0 means success; anything else " \
              "means it stopped on purpose or with an error."
    return msg
