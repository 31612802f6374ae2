"""A plain subprocess per run, with rlimits, a wall clock and an output cap.

This is the simple runner: it limits what a run can use but does not hide the machine from it.
The hardened runner (namespaces, seccomp, cgroups) replaces it where the host allows.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from fromzero.sandbox.events import Event, Limits, done_message
from fromzero.sandbox.presets import PRESETS

BOOTSTRAP = Path(__file__).with_name("bootstrap.py")


def _child_env() -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "MPLBACKEND": "Agg",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MALLOC_ARENA_MAX": "2",
        "FROMZERO_EVENTS_FD": "3",
    }


def _limit(limits: Limits):
    def apply() -> None:
        os.setsid()
        cpu = max(1, int(limits.cpu_s + 0.999))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        mem = (limits.memory_mb + 256) * 1024 * 1024  # address space: Python itself needs room
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        size = limits.file_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


class SubprocessRunner:
    name = "subprocess"

    def close(self) -> None:
        """Nothing stays running between runs."""

    def leftover_cgroups(self) -> list[str]:
        return []

    def run(
        self,
        code: str,
        *,
        files: Mapping[str, str | bytes] | None = None,
        limits: Limits | None = None,
        preset: str = "default",
    ) -> Iterator[Event]:
        limits = limits or PRESETS.get(preset, PRESETS["default"])
        with tempfile.TemporaryDirectory(prefix="fz-run-") as workdir:
            root = Path(workdir)
            for name, content in (files or {}).items():
                target = root / name
                if target.resolve().parent != root.resolve() and root.resolve() not in \
                        target.resolve().parents:
                    raise ValueError(f"file name {name!r} points outside the run folder")
                target.parent.mkdir(parents=True, exist_ok=True)
                data = content.encode() if isinstance(content, str) else content
                target.write_bytes(data)
            (root / "main.py").write_text(code, encoding="utf-8", errors="surrogateescape")
            yield from self._run_in(root, limits)

    def _run_in(self, root: Path, limits: Limits) -> Iterator[Event]:
        ev_r, ev_w = os.pipe()
        os.set_inheritable(ev_w, True)
        start = time.monotonic()
        proc = self._spawn_with_fd3(root, limits, ev_w)
        os.close(ev_w)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ, "stdout")
        sel.register(proc.stderr, selectors.EVENT_READ, "stderr")
        sel.register(ev_r, selectors.EVENT_READ, "events")
        sent = 0
        status = None
        pending = b""
        open_streams = 3
        while open_streams:
            remaining = limits.wall_s - (time.monotonic() - start)
            if remaining <= 0:
                status = "wall-time-limit"
                break
            for key, _ in sel.select(timeout=min(remaining, 0.25)):
                fd = key.fileobj if isinstance(key.fileobj, int) else key.fileobj.fileno()
                chunk = os.read(fd, 65536)
                if not chunk:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                    continue
                if key.data == "events":
                    pending += chunk
                    *lines, pending = pending.split(b"\n")
                    for line in lines:
                        event = _parse_event(line)
                        if event is not None:
                            yield event
                    continue
                room = limits.output_bytes - sent
                if len(chunk) > room:
                    chunk = chunk[:room]
                    status = "output-limit"
                sent += len(chunk)
                if chunk:
                    yield Event(key.data, {"text": chunk.decode("utf-8", errors="replace")})
                if status:
                    break
            if status:
                break
        if status:
            _kill_group(proc.pid)
        _, wait_status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        _kill_group(proc.pid)
        for stream in (proc.stdout, proc.stderr):
            stream.close()
        os.close(ev_r)
        wall = time.monotonic() - start
        cpu = usage.ru_utime + usage.ru_stime
        code = proc.returncode
        signal_name = signal.Signals(-code).name if code < 0 else None
        if status is None:
            if signal_name == "SIGXCPU" or (signal_name == "SIGKILL" and cpu >= limits.cpu_s):
                status = "cpu-time-limit"
            elif code == 137:
                status = "memory-limit"
            elif code == 0:
                status = "ok"
            elif code > 0:
                status = "error"
            else:
                status = "killed"
        yield Event("done", {
            "status": status,
            "message": done_message(status, limits, code if code >= 0 else None, signal_name),
            "exit_code": code if code >= 0 else None,
            "signal": signal_name,
            "cpu_s": round(cpu, 4),
            "wall_s": round(wall, 4),
            "peak_memory_mb": round(usage.ru_maxrss / 1024, 1),
        })

    def _spawn_with_fd3(self, root: Path, limits: Limits, ev_w: int) -> subprocess.Popen:
        """Put the events pipe on fd 3 in the child, whatever number it has here."""
        limit = _limit(limits)

        def prepare() -> None:
            os.dup2(ev_w, 3)
            limit()

        return subprocess.Popen(
            [sys.executable, "-I", "-X", "utf8", str(BOOTSTRAP), "main.py"],
            cwd=root,
            env=_child_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=prepare,  # noqa: PLW1509 - the fallback runner, kept as it was
            pass_fds=(3, ev_w),
            close_fds=True,
        )


def _parse_event(line: bytes) -> Event | None:
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("kind") not in ("figure", "metric"):
        return None
    kind = data.pop("kind")
    return Event(kind, data)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
