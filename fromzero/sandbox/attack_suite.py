"""Run an attack catalogue (the format of shared/sandbox_attacks.py) against a runner.

A catalogue is a Python file with `ATTACKS = [(name, code, expectation), ...]` and optionally
`check(expectation, result) -> list[str]`. Besides the catalogue's own checks on status and
output, this harness does the host-side checks its entries ask for: no process of the run's
uid left, no connection to a loopback server, the canary file absent, the run's cgroups
removed, and the next run still working.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from fromzero.sandbox.runner import Runner, collect

SECRET_ENV = "FROMZERO_ATTACK_SECRET"


class UnisolatedRunner(RuntimeError):
    """The catalogue's attacks are real: against a runner that does not isolate (the plain
    subprocess fallback, run as root) they would write /etc/passwd and `kill(-1)` every
    process on the machine. The harness refuses instead."""


def load_catalogue(path: str | Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sandbox_attack_catalogue", path)
    if spec is None or spec.loader is None:
        raise ValueError(f"{path} is not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not isinstance(getattr(module, "ATTACKS", None), list):
        raise ValueError(f"{path} has no ATTACKS list")  # noqa: TRY004 - a bad file, not a bad type
    return module


def default_check(expectation: dict, result: dict) -> list[str]:
    """The catalogue format's documented checks, for catalogues that bring no `check`."""
    fails = []
    out = result.get("stdout", "") + result.get("stderr", "")
    if "status_in" in expectation and result.get("status") not in expectation["status_in"]:
        fails.append(f"status {result.get('status')!r} not in {expectation['status_in']}")
    fails += [f"stdout lacks {s!r}" for s in expectation.get("stdout_has", [])
              if s not in result.get("stdout", "")]
    fails += [f"output contains {s!r}" for s in expectation.get("stdout_lacks", []) if s in out]
    if "max_wall_s" in expectation and result.get("wall_s", 0) > expectation["max_wall_s"]:
        fails.append(f"wall {result.get('wall_s')} > {expectation['max_wall_s']}")
    return fails


class LoopbackListener:
    """A TCP server on 127.0.0.1 (and ::1 when it can) that counts who connects."""

    def __init__(self) -> None:
        self.connections = 0
        self.sockets = [socket.create_server(("127.0.0.1", 0))]
        self.port = self.sockets[0].getsockname()[1]
        try:
            self.sockets.append(socket.create_server(("::1", self.port),
                                                     family=socket.AF_INET6))
        except OSError:
            pass
        for s in self.sockets:
            s.settimeout(0.2)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._serve, args=(s,), daemon=True)
                         for s in self.sockets]
        for t in self._threads:
            t.start()

    def _serve(self, server: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(1)
        for s in self.sockets:
            s.close()


@dataclass
class Outcome:
    name: str
    fails: list[str] = field(default_factory=list)
    status: str = ""
    wall_s: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.fails

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        head = f"{verdict} {self.name} ({self.status}, {self.wall_s:.2f} s)"
        return head if self.passed else head + ": " + "; ".join(self.fails)


def processes_of_uid(uid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            found.append(int(entry))
                        break
        except (OSError, ValueError):
            pass
    return found


class Harness:
    """The host around the runs: secret, fake server database, canary path, listener."""

    def __init__(self, runner: Runner | None = None) -> None:
        self.runner = runner
        self.secret = secrets.token_hex(16)
        os.environ[SECRET_ENV] = self.secret
        self.workdir = Path(tempfile.mkdtemp(prefix="fz-attack-", dir=_outside_tmp()))
        self.server_db = self.workdir / "server" / "server.db"
        self.server_db.parent.mkdir()
        self.server_db.write_text(f"users: alice password={self.secret}\n")
        self.server_db.chmod(0o600)
        self.canary = self.workdir / "canary-should-not-exist"
        self.listener = LoopbackListener()

    def close(self) -> None:
        self.listener.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
        os.environ.pop(SECRET_ENV, None)

    def fill(self, code: str) -> str:
        return (code.replace("__PORT__", str(self.listener.port))
                .replace("__SERVER_DB__", str(self.server_db))
                .replace("__SECRET__", self.secret)
                .replace("__HOST_CANARY__", str(self.canary)))

    def run(self, code: str) -> dict[str, Any]:
        assert self.runner is not None
        started = time.monotonic()
        out, err, done = collect(self.runner.run(code))
        return {**done, "stdout": out, "stderr": err,
                "wall_s": done.get("wall_s", time.monotonic() - started)}

    def host_checks(self, checks: list[str], result: dict, connections_before: int) -> list[str]:
        fails = []
        for check in checks:
            if check == "no_leftover_procs":
                uid = result.get("uid")
                if uid is None:
                    fails.append("no_leftover_procs: the runner reports no uid to check")
                elif left := processes_of_uid(int(uid)):
                    fails.append(f"no_leftover_procs: pids {left} of uid {uid} remain")
            elif check == "sandbox_alive":
                alive = self.run("print('hello')")
                if alive.get("status") != "ok" or alive["stdout"] != "hello\n":
                    fails.append(f"sandbox_alive: next run gave {alive.get('status')!r}")
            elif check == "no_connection":
                if self.listener.connections != connections_before:
                    fails.append("no_connection: the loopback server was reached")
            elif check == "canary_absent":
                if os.path.lexists(self.canary):
                    fails.append(f"canary_absent: {self.canary} exists")
            elif check == "cgroups_removed":
                left = list(result.get("cgroups_left") or [])
                leftover = getattr(self.runner, "leftover_cgroups", None)
                left += leftover() if leftover else []
                if left:
                    fails.append(f"cgroups_removed: {left} remain")
            else:
                fails.append(f"unknown host check {check!r}")
        return fails


def _outside_tmp() -> str:
    for candidate in ("/var/tmp", os.path.expanduser("~")):
        if os.path.isdir(candidate) and os.access(candidate, os.W_OK):
            return candidate
    return os.getcwd()


def run_catalogue(path: str | Path, runner_factory: Callable[[], Runner],
                  emit: Callable[[str], None] = print,
                  close_runner: bool = True) -> tuple[int, int]:
    """Run every attack, print one line each and the closing line; (passed, failed)."""
    catalogue = load_catalogue(path)
    check = getattr(catalogue, "check", default_check)
    passed = failed = 0
    runner: Runner | None = None
    harness: Harness | None = None
    try:
        # The secret goes into our environment before the runner exists, so that a runner
        # leaking the server's environment would leak it.
        harness = Harness()
        runner = runner_factory()
        harness.runner = runner
        if getattr(runner, "name", "") != "hardened":
            raise UnisolatedRunner(
                f"refusing to run attacks through the {getattr(runner, 'name', runner)!r} "
                "runner: it does not isolate learner code, so the attacks would hit this "
                "machine. Use a host where `fromzero doctor` shows the hardened runner.")
        for name, code, expectation in catalogue.ATTACKS:
            outcome = Outcome(name)
            before = harness.listener.connections
            try:
                result = harness.run(harness.fill(code))
                outcome.status = str(result.get("status"))
                outcome.wall_s = float(result.get("wall_s") or 0.0)
                outcome.fails += check(expectation, result)
                outcome.fails += harness.host_checks(expectation.get("host", []), result, before)
            except Exception as e:  # noqa: BLE001 - a crash is a failed attack, not a stop
                outcome.fails.append(f"runner raised {type(e).__name__}: {e}")
            emit(outcome.line())
            passed += outcome.passed
            failed += not outcome.passed
    finally:
        if harness is not None:
            harness.close()
        close = getattr(runner, "close", None)
        if close is not None and close_runner:
            close()
    emit(f"{passed} passed, {failed} failed")
    return passed, failed
