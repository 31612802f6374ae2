"""Watch one run from the server's side: stream its output, enforce its limits, clean up.

The run's init hands us a pidfd for itself; killing it kills the whole pid namespace, and
the pidfd turning readable means every process of the run is gone. Meanwhile we read the
learner's stdout/stderr/events pipes directly, enforce the wall clock, the CPU budget of the
whole cgroup and the output cap, then read what the run used and remove its cgroups.
"""

from __future__ import annotations

import codecs
import json
import os
import selectors
import signal
import socket
import time
from collections.abc import Iterator

from fromzero.sandbox.cgroups import RunCgroup
from fromzero.sandbox.events import Event, Limits, done_message

CPU_POLL_S = 0.1
START_GRACE_S = 10.0  # how long the init may take to say hello before we call it lost


def _parse_events(blob: bytes) -> Iterator[Event]:
    """Only well-formed figure and metric events pass: the learner writes this channel."""
    for line in blob.splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if not isinstance(data, dict) or data.get("kind") not in ("figure", "metric"):
            continue
        kind = data.pop("kind")
        if kind == "figure" and not isinstance(data.get("png"), str):
            continue
        if kind == "metric" and not all(
                isinstance(k, str) and len(k) <= 64
                and (v is None or (isinstance(v, int | float) and not isinstance(v, bool)))
                for k, v in data.items()):
            continue  # live charts take named numbers only
        yield Event(kind, data)


def sandbox_failure(reason: str) -> Event:
    return Event("done", {
        "status": "killed", "exit_code": None, "signal": None, "cpu_s": 0.0, "wall_s": 0.0,
        "peak_memory_mb": 0.0, "sandbox_error": reason,
        "message": "The sandbox could not run your program. Please run it again.",
    })


class RunWatch:
    """The server's view of one run in flight."""

    def __init__(self, sock: socket.socket, streams: list[int], limits: Limits,
                 cgroup: RunCgroup | None, start: float, uid: int) -> None:
        self.sock = sock
        self.uid = uid
        self.streams = dict(zip(streams, ("stdout", "stderr", "events")))
        self.limits = limits
        self.cgroup = cgroup
        self.start = start
        self.pidfd: int | None = None
        self.finished = False
        self.report: dict = {}
        self.status: str | None = None
        self.output = 0
        self.events_bytes = 0
        self.events_cap = max(8 << 20, 8 * limits.output_bytes)
        self.pending = bytearray()
        self.decoders = {name: codecs.getincrementaldecoder("utf-8")("replace")
                         for name in ("stdout", "stderr")}

    def kill(self) -> None:
        if self.pidfd is not None:
            try:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def _on_socket(self) -> bool:
        """A message from the init: first its pidfd, last its report. False at EOF."""
        try:
            msg, fds, _, _ = socket.recv_fds(self.sock, 65536, 1)
        except OSError:
            msg, fds = b"", []
        if fds:
            self.pidfd = fds[0]
            return True
        if not msg:
            return False
        try:
            self.report = json.loads(msg)
        except ValueError:
            self.report = {"error": "unreadable report"}
        return True

    def _on_output(self, name: str, chunk: bytes) -> Iterator[Event]:
        if name == "events":
            self.pending += chunk
            self.events_bytes += len(chunk)
            if self.events_bytes > self.events_cap:
                self.status = "output-limit"
                return
            cut = self.pending.rfind(b"\n")
            if cut >= 0:
                yield from _parse_events(bytes(self.pending[:cut + 1]))
                del self.pending[:cut + 1]
            return
        room = self.limits.output_bytes - self.output
        if len(chunk) > room:
            chunk = chunk[:room]
            self.status = "output-limit"
        self.output += len(chunk)
        text = self.decoders[name].decode(chunk)
        if text:
            yield Event(name, {"text": text})

    def events(self) -> Iterator[Event]:
        sel = selectors.DefaultSelector()
        for fd, name in self.streams.items():
            sel.register(fd, selectors.EVENT_READ, name)
        sel.register(self.sock, selectors.EVENT_READ, "socket")
        open_streams = len(self.streams)
        alive = True
        socket_open = True
        killed = False
        next_cpu = self.start + CPU_POLL_S
        try:
            while alive or open_streams:
                now = time.monotonic()
                if self.status is None:
                    self._check_clock(now, next_cpu, socket_open)
                    if now >= next_cpu:
                        next_cpu = now + CPU_POLL_S
                if self.status is not None and alive:
                    if self.pidfd is None and not socket_open:
                        break  # the init never started: nothing to kill, nothing to wait for
                    if not killed:
                        self.kill()
                        killed = self.pidfd is not None
                if self.status is None:
                    timeout = max(0.0, min(self.start + self.limits.wall_s, next_cpu) - now)
                else:
                    timeout = 0.05  # stopping: only waiting for the namespace to be gone
                ready = sel.select(timeout=timeout + 0.001)
                # Two pipes cannot keep the order of writes between them. Reading stdout
                # first in each round keeps the usual case right: lines printed before an
                # error come before its traceback.
                ready.sort(key=lambda pair: pair[0].data != "stdout")
                for key, _ in ready:
                    what = key.data
                    if what == "socket":
                        if not self._on_socket():
                            sel.unregister(self.sock)
                            socket_open = False
                            if self.pidfd is None:
                                alive = False
                        elif self.pidfd is not None and self.pidfd not in sel.get_map():
                            sel.register(self.pidfd, selectors.EVENT_READ, "exit")
                        continue
                    if what == "exit":
                        sel.unregister(key.fd)
                        alive = False
                        continue
                    chunk = os.read(key.fd, 65536)
                    if not chunk:
                        sel.unregister(key.fd)
                        open_streams -= 1
                    elif self.status is None:
                        yield from self._on_output(what, chunk)
            if socket_open:
                self._drain_report()
        finally:
            sel.close()
        yield Event("done", self._result(time.monotonic() - self.start))

    def _check_clock(self, now: float, next_cpu: float, socket_open: bool) -> None:
        if now - self.start > self.limits.wall_s:
            self.status = "wall-time-limit"
        elif self.pidfd is None and not socket_open:
            self.status = "killed"
        elif self.pidfd is None and now - self.start > START_GRACE_S:
            self.status = "killed"
            self.report.setdefault("error", "the run did not start in time")
        elif now >= next_cpu and self.cgroup is not None:
            used = self.cgroup.cpu_seconds()
            if used is not None and used > self.limits.cpu_s + 0.2:
                self.status = "cpu-time-limit"

    def _drain_report(self) -> None:
        """The init sends its report just before it exits: it is already queued."""
        self.sock.setblocking(False)
        try:
            while self._on_socket() and "wait_status" not in self.report \
                    and "error" not in self.report:
                pass
        except BlockingIOError:
            pass

    def _result(self, wall: float) -> dict:
        limits, report, cg = self.limits, self.report, self.cgroup
        cpu = cg.cpu_seconds() if cg else None
        if cpu is None:
            cpu = report.get("cpu", 0.0)
        peak = cg.peak_memory_bytes() if cg else None
        peak_mb = peak / (1 << 20) if peak is not None else report.get("maxrss_kb", 0) / 1024
        exit_code: int | None = None
        signal_name: str | None = None
        if report.get("wait_status") is not None:
            code = os.waitstatus_to_exitcode(report["wait_status"])
            if code >= 0:
                exit_code = code
            else:
                try:
                    signal_name = signal.Signals(-code).name
                except ValueError:
                    signal_name = str(-code)
        status = self.status
        if status is None:
            if (cg is not None and cg.oom_kills() > 0) or exit_code == 137:
                status = "memory-limit"
            elif signal_name == "SIGXCPU" or (signal_name == "SIGKILL" and cpu >= limits.cpu_s):
                status = "cpu-time-limit"
            elif exit_code == 0:
                status = "ok"
            elif exit_code is not None:
                status = "error"
            else:
                status = "killed"
        result = {
            "status": status,
            "message": done_message(status, limits, exit_code, signal_name),
            "exit_code": exit_code,
            "signal": signal_name,
            "cpu_s": round(cpu, 4),
            "wall_s": round(wall, 4),
            "peak_memory_mb": round(peak_mb, 1),
        }
        if self.pidfd is None and not report and status == "killed":
            result["never_started"] = True
            report = {"error": "the run's init never started"}
        if report.get("error"):
            result["sandbox_error"] = report["error"]
            result["message"] = "The sandbox could not run your program. Please run it again."
        result["uid"] = self.uid  # lets an operator (or a test) look for leftovers
        result["cgroups_left"] = cg.remove() if cg else []
        self.finished = True
        return result

    def close(self) -> None:
        """Always called: a consumer that stopped listening early leaves nothing behind."""
        if self.pidfd is not None:
            if not self.finished:
                self.kill()
                _wait_readable(self.pidfd, 5.0)
            os.close(self.pidfd)
            self.pidfd = None
        if not self.finished and self.cgroup is not None:
            self.cgroup.remove()
        for fd in self.streams:
            os.close(fd)
        self.streams = {}


def _wait_readable(fd: int, timeout: float) -> None:
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        sel.select(timeout)
