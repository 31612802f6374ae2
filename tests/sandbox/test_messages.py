"""Every way a run can end gets its own status and a sentence a beginner can act on."""

from __future__ import annotations

import pytest

from fromzero.sandbox.events import STATUSES, Limits, done_message
from tests.sandbox.conftest import run

QUICK = Limits(wall_s=1.0, cpu_s=0.5, memory_mb=128, output_bytes=2048)
# A busy machine may not give 0.5 s of CPU within 1 s: the CPU case gets more wall time.
CPU_CASE = Limits(wall_s=4.0, cpu_s=0.5, memory_mb=128, output_bytes=2048)

# One program per status, run under QUICK limits.
PROGRAMS = {
    "ok": "print('hi')",
    "error": "int('seven')",
    "cpu-time-limit": "while True:\n    pass",
    "wall-time-limit": "import time\ntime.sleep(30)",
    "memory-limit": "blocks = [bytearray(8 << 20) for _ in range(100)]",
    "output-limit": "while True:\n    print('x' * 100)",
    "killed": "import ctypes\nctypes.string_at(0)",
}
WORDS = {
    "ok": "finished",
    "error": "error",
    "cpu-time-limit": "0.5 s of CPU time",
    "wall-time-limit": "after 1 seconds",
    "memory-limit": "128 MB of memory",
    "output-limit": "2 KB",
    "killed": "stopped by the system",
}


def test_every_status_has_a_program() -> None:
    assert set(PROGRAMS) == set(STATUSES)


@pytest.mark.parametrize("status", STATUSES)
def test_each_status_reaches_the_learner_with_its_message(runner, status: str) -> None:
    limits = CPU_CASE if status == "cpu-time-limit" else QUICK
    out, err, done, _ = run(runner, PROGRAMS[status], limits=limits)
    assert done["status"] == status, (out[-200:], err[-500:], done)
    assert done["message"] == done_message(status, limits, done.get("exit_code"),
                                           done.get("signal"))
    assert WORDS[status] in done["message"]
    for key in ("cpu_s", "wall_s", "peak_memory_mb", "exit_code", "signal"):
        assert key in done


def test_error_keeps_the_learners_traceback_and_hides_ours(runner) -> None:
    _, err, done, _ = run(runner, "def f():\n    return 1 / 0\nf()")
    assert done["status"] == "error"
    assert 'File "main.py", line 2, in f' in err
    assert err.strip().endswith("ZeroDivisionError: division by zero")
    assert "fromzero" not in err and "runpy" not in err


def test_output_limit_keeps_exactly_the_allowed_bytes(runner) -> None:
    out, _, done, _ = run(runner, PROGRAMS["output-limit"], limits=QUICK)
    assert done["status"] == "output-limit"
    assert len(out.encode()) == QUICK.output_bytes


def test_messages_name_the_limits_they_enforce() -> None:
    limits = Limits(wall_s=7, cpu_s=2, memory_mb=64, output_bytes=4096)
    assert "2 s of CPU" in done_message("cpu-time-limit", limits)
    assert "after 7 seconds" in done_message("wall-time-limit", limits)
    assert "64 MB" in done_message("memory-limit", limits)
    assert "4 KB" in done_message("output-limit", limits)
    assert "SIGSEGV" in done_message("killed", limits, signal_name="SIGSEGV")
    assert "code 3" in done_message("error", limits, exit_code=3)
