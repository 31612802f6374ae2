"""The hardened runner: warm fork servers, a bounded queue, and one socket per run.

Two fork servers stay warm: one with numpy imported, one that also has matplotlib ready
(importing pyplot costs ~0.4 s, but keeping it in every run's fork costs each run ~10 ms, so
plotting runs get their own server). A run is admitted when fewer than `max_concurrent` are
active, waits in a queue of at most `max_queue` otherwise, and beyond that is refused with
`SandboxBusy` (the server answers 429 with its `retry_after_s`).
"""

from __future__ import annotations

import fcntl
import itertools
import logging
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import asdict

from fromzero.sandbox import cgroups
from fromzero.sandbox.events import Event, Limits
from fromzero.sandbox.monitor import RunWatch, sandbox_failure
from fromzero.sandbox.nsinit import send_request
from fromzero.sandbox.presets import limits_for
from fromzero.sandbox.runner import SandboxBusy

STAGING = os.environ.get("FROMZERO_SANDBOX_STAGING", "/run/fromzero/sandbox-root")
MPL_CACHE = os.environ.get("FROMZERO_SANDBOX_MPLCONFIG", "/var/cache/fromzero/matplotlib")
UID_BASE = int(os.environ.get("FROMZERO_SANDBOX_UID_BASE", "210000"))
UID_COUNT = 1000
UID_LOCKS = os.environ.get("FROMZERO_SANDBOX_UID_LOCKS", "/run/fromzero/uids")
MAX_CODE_BYTES = 2 * 1024 * 1024
MAX_FILES_BYTES = 64 * 1024 * 1024
START_TIMEOUT_S = 60.0
log = logging.getLogger(__name__)


def _zygote_env() -> dict[str, str]:
    """The fork server starts from nothing: no secret of the server can reach a run."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MPLBACKEND": "Agg",
            "MPLCONFIGDIR": MPL_CACHE, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}


# Learner code imports fromzero.scratch and fromzero.live, so the package folder itself is
# shown too (code only: the course, with its solutions, and the data folder stay outside).
PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _read_only_dirs() -> list[str]:
    """The Python install and its packages, shown read-only inside every run."""
    wanted = [sys.base_prefix, sys.prefix, MPL_CACHE, PACKAGE_DIR]
    wanted += [p for p in os.environ.get("FROMZERO_SANDBOX_RO", "").split(":") if p]
    chosen: list[str] = []
    for path in sorted({os.path.realpath(p) for p in wanted if os.path.isdir(p)}):
        if path.startswith("/usr/") or any(path.startswith(c + "/") for c in chosen):
            continue
        chosen.append(path)
    return chosen


class UidPool:
    """Unprivileged uids for runs, one per run in flight on this host.

    Every server process on the machine (web server, grader, a test run) draws from the same
    range, so a uid is taken with an flock on a lock file rather than a set in memory: two
    runs never share a uid, and so never share RLIMIT_NPROC or each other's processes.
    """

    def __init__(self, base: int, count: int, lock_dir: str) -> None:
        self.base, self.count, self.lock_dir = base, count, lock_dir
        os.makedirs(lock_dir, mode=0o700, exist_ok=True)
        self._next = random.randrange(count)
        self._lock = threading.Lock()

    def acquire(self) -> tuple[int, int]:
        """(uid, lock fd); closing the fd gives the uid back."""
        with self._lock:
            for _ in range(self.count):
                uid = self.base + self._next
                self._next = (self._next + 1) % self.count
                fd = os.open(os.path.join(self.lock_dir, str(uid)),
                             os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return uid, fd
                except BlockingIOError:
                    os.close(fd)
        raise SandboxBusy(1.0)


class ForkServer:
    """One zygote process and its control channel; restarted when it dies."""

    def __init__(self, kind: str, seccomp: bool = True) -> None:
        self.kind = kind
        self.seccomp = seccomp
        self.proc: subprocess.Popen | None = None
        self.ctl: socket.socket | None = None
        self.restarts = 0
        self._lock = threading.Lock()

    def _start(self) -> None:
        os.makedirs(MPL_CACHE, mode=0o755, exist_ok=True)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        # -I: no environment, no user site, no current directory on sys.path. The package
        # folder is added last, for checkouts where fromzero is not installed.
        package_root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
        boot = ("import sys; sys.path.append(sys.argv.pop(1)); "
                "from fromzero.sandbox.zygote import main; sys.exit(main(sys.argv[1:]))")
        cmd = [sys.executable, "-I", "-c", boot, package_root, "--ctl",
               str(theirs.fileno()), "--kind", self.kind, "--staging", STAGING,
               "--uid-base", str(UID_BASE), "--uid-count", str(UID_COUNT)]
        for path in _read_only_dirs():
            cmd += ["--ro", path]
        if not self.seccomp:
            cmd.append("--no-seccomp")
        self.proc = subprocess.Popen(cmd, env=_zygote_env(), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, pass_fds=(theirs.fileno(),),
                                     cwd="/")
        theirs.close()
        ours.settimeout(START_TIMEOUT_S)
        try:
            hello = ours.recv(4096)
        except OSError:
            hello = b""
        if not hello.startswith(b"ready"):
            self.proc.kill()
            self.proc.wait()
            ours.close()
            raise RuntimeError(f"the {self.kind} fork server did not start")
        ours.settimeout(None)
        self.ctl = ours

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ensure(self) -> None:
        with self._lock:
            if not self.alive():
                if self.proc is not None:
                    self.restarts += 1
                    self.proc.wait()
                    if self.ctl is not None:
                        self.ctl.close()
                self._start()

    def submit(self, fds: list[int]) -> None:
        """Hand one run's socket and pipes to the fork server; restart it once if it died."""
        for attempt in (1, 2):
            self.ensure()
            try:
                with self._lock:
                    assert self.ctl is not None
                    socket.send_fds(self.ctl, [b"r"], fds)
                return
            except OSError:
                if attempt == 2:
                    raise
                if self.proc is not None:
                    self.proc.kill()

    def kill(self) -> None:
        """Make the next submit start a fresh fork server."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()

    def close(self) -> None:
        with self._lock:
            if self.ctl is not None:
                self.ctl.close()
                self.ctl = None
            if self.proc is not None and self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


def uses_matplotlib(code: str, files: Mapping[str, str | bytes] | None) -> bool:
    if "matplotlib" in code or "pyplot" in code:
        return True
    for name, content in (files or {}).items():
        if name.endswith(".py") and isinstance(content, str) and "matplotlib" in content:
            return True
    return False


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")  # invalid on purpose: Python will say so


def _check_name(name: str) -> str:
    parts = name.replace("\\", "/").split("/")
    if not name or name.startswith("/") or any(p in ("", ".", "..") for p in parts) \
            or "\0" in name or name == "main.py":
        raise ValueError(f"file name {name!r} is not a plain relative path in the run folder")
    return "/".join(parts)


def _too_long(size: int, limits: Limits) -> Event:
    mb = size / (1 << 20)
    return Event("done", {
        "status": "error", "exit_code": None, "signal": None, "cpu_s": 0.0, "wall_s": 0.0,
        "peak_memory_mb": 0.0,
        "message": f"Your program is {mb:.1f} MB long; the sandbox runs programs of up to "
                   f"{MAX_CODE_BYTES >> 20} MB. Load big data from a file instead of pasting "
                   "it into the code.",
    })


class HardenedRunner:
    name = "hardened"

    def __init__(self, max_concurrent: int | None = None, max_queue: int | None = None,
                 queue_timeout_s: float = 30.0, seccomp: bool = True) -> None:
        cores = os.cpu_count() or 1
        self.max_concurrent = max_concurrent or max(4, 2 * cores)
        self.max_queue = max_queue if max_queue is not None else 8 * self.max_concurrent
        self.queue_timeout_s = queue_timeout_s
        self.servers = {"plain": ForkServer("plain", seccomp),
                        "matplotlib": ForkServer("matplotlib", seccomp)}
        self.layout = cgroups.detect()
        problems = cgroups.prepare(self.layout)
        if problems:  # limits then rest on rlimits alone; `fromzero doctor` says so
            log.warning("fromzero sandbox: cgroups unusable: %s", "; ".join(problems))
            self.layout = cgroups.CgroupLayout()
        cgroups.sweep_dead(self.layout)
        self._cond = threading.Condition()
        self._active = 0
        self._waiting = 0
        self._uids = UidPool(UID_BASE, UID_COUNT, UID_LOCKS)
        self._names = itertools.count(1)
        self._avg_wall = 0.1

    # ------------------------------------------------------------------ lifecycle
    def warm(self, kinds: tuple[str, ...] = ("plain", "matplotlib")) -> None:
        """Start the fork servers now rather than on the first run."""
        for kind in kinds:
            self.servers[kind].ensure()

    def close(self) -> None:
        for server in self.servers.values():
            server.close()

    def leftover_cgroups(self) -> list[str]:
        return cgroups.leftovers(self.layout, f"run-{os.getpid()}-")

    # ------------------------------------------------------------------ admission
    def _busy(self) -> SandboxBusy:
        queued = self._waiting + self._active
        return SandboxBusy(max(1.0, round(queued * self._avg_wall / self.max_concurrent, 1)))

    def _admit(self) -> tuple[int, int]:
        with self._cond:
            if self._active >= self.max_concurrent and self._waiting >= self.max_queue:
                raise self._busy()
            self._waiting += 1
            try:
                deadline = time.monotonic() + self.queue_timeout_s
                while self._active >= self.max_concurrent:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise self._busy()
                    self._cond.wait(left)
            finally:
                self._waiting -= 1
            self._active += 1
        try:
            return self._uids.acquire()
        except SandboxBusy:
            self._release(None, 0.0)
            raise

    def _release(self, uid_lock: int | None, wall: float) -> None:
        with self._cond:
            self._active -= 1
            if uid_lock is not None:
                os.close(uid_lock)
            self._avg_wall = 0.9 * self._avg_wall + 0.1 * wall
            self._cond.notify()

    # ------------------------------------------------------------------ running
    def run(self, code: str, *, files: Mapping[str, str | bytes] | None = None,
            limits: Limits | None = None, preset: str = "default") -> Iterator[Event]:
        """See `Runner.run`. Raises SandboxBusy right away when the queue is full."""
        with self._cond:
            if self._active >= self.max_concurrent and self._waiting >= self.max_queue:
                raise self._busy()
        clean = {_check_name(n): (_encode(c) if isinstance(c, str) else bytes(c))
                 for n, c in (files or {}).items()}
        if sum(len(c) for c in clean.values()) > MAX_FILES_BYTES:
            raise ValueError("the run's files are larger than the sandbox accepts")
        return self._run(code, clean, limits or limits_for(preset),
                         uses_matplotlib(code, files))

    def _run(self, code: str, files: dict[str, bytes], limits: Limits,
             mpl: bool) -> Iterator[Event]:
        source = _encode(code)
        if len(source) > MAX_CODE_BYTES:
            yield _too_long(len(source), limits)
            return
        uid, uid_lock = self._admit()
        started = time.monotonic()
        try:
            server = self.servers["matplotlib" if mpl else "plain"]
            for attempt in (1, 2):
                attempt_events = self._one_try(server, source, files, limits, uid)
                for event in attempt_events:
                    if event.kind == "done" and event.data.get("never_started") and attempt == 1:
                        # The fork server died between taking the run and forking it:
                        # nothing of the program ran, so run it again on a fresh one.
                        server.kill()
                        attempt_events.close()
                        break
                    event.data.pop("never_started", None)
                    yield event
                else:
                    return
        finally:
            self._release(uid_lock, time.monotonic() - started)

    def _one_try(self, server: ForkServer, source: bytes, files: dict[str, bytes],
                 limits: Limits, uid: int) -> Iterator[Event]:
        watch: RunWatch | None = None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pipes = [os.pipe() for _ in range(3)]
        name = f"run-{os.getpid()}-{next(self._names)}"
        cgroup = cgroups.RunCgroup(self.layout, name) if self.layout.hierarchies else None
        try:
            procs: list[int] = []
            try:
                if cgroup is not None:
                    # Room for the namespace init as well as the learner's processes.
                    cgroup.create(limits.memory_mb << 20, limits.processes + 2)
                    procs = [os.open(p, os.O_WRONLY) for p in cgroup.procs_files()]
                server.submit([theirs.fileno()] + [w for _, w in pipes] + procs)
            finally:
                theirs.close()
                for fd in [w for _, w in pipes] + procs:
                    os.close(fd)
            watch = RunWatch(ours, [r for r, _ in pipes], limits, cgroup, time.monotonic(),
                             uid)
            pipes = []
            ours.settimeout(10.0)
            try:
                send_request(ours, {"limits": asdict(limits), "uid": uid, "name": name},
                             {"main.py": source, **files})
            except OSError as e:
                watch.report["error"] = f"could not send the run: {e}"
            ours.settimeout(None)
            yield from watch.events()
        except (OSError, RuntimeError) as e:
            yield sandbox_failure(f"{type(e).__name__}: {e}")
        finally:
            if watch is not None:
                watch.close()
            elif cgroup is not None:
                cgroup.remove()
            for r, _ in pipes:
                os.close(r)
            ours.close()
