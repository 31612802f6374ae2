"""Inside one run: the namespace init (pid 1) and the learner's process.

    fork server --unshare(PID), fork--> init, pid 1 of a new pid namespace (root)
                                          |  reads the request only now, makes and joins the
                                          |  cgroups, new mount/net/ipc/uts, builds the root
                                          +--fork--> learner (rlimits, uid, seccomp, the code)

The server watches from outside (see monitor.py): the init sends it a pidfd for itself
first, so the server can kill the whole namespace and see it die, and a report with the
learner's exit status last. Everything the learner prints goes through pipes the server
created; the init keeps no copy of them.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import traceback
from dataclasses import dataclass

from fromzero.sandbox import child, jail, linux
from fromzero.sandbox.events import Limits
from fromzero.sandbox.seccomp import Filter

HEADER = struct.Struct(">I")
CHUNK = 60 * 1024  # request messages on the SEQPACKET socket stay under its buffer size
STREAMS = ("stdout", "stderr", "events")


@dataclass
class Context:
    """Prepared once in the fork server and shared by every run it forks."""

    seccomp: Filter | None
    last_cap: int
    kind: str  # "plain" or "matplotlib"


def send_request(sock: socket.socket, header: dict, payload: dict[str, bytes]) -> None:
    """Server side: the header, then every file's bytes in messages of at most CHUNK."""
    header = {**header, "files": [[name, len(data)] for name, data in payload.items()]}
    raw = json.dumps(header).encode()
    sock.send(HEADER.pack(len(raw)) + raw)
    blob = memoryview(b"".join(payload.values()))
    for start in range(0, len(blob), CHUNK):
        sock.send(blob[start:start + CHUNK])


def read_request(sock: socket.socket) -> tuple[dict, dict[str, bytes]]:
    first = sock.recv(CHUNK + HEADER.size)
    (size,) = HEADER.unpack(first[:HEADER.size])
    header = json.loads(first[HEADER.size:HEADER.size + size])
    total = sum(length for _, length in header["files"])
    blob = bytearray()
    while len(blob) < total:
        part = sock.recv(CHUNK)
        if not part:
            raise ConnectionError("request cut short")
        blob += part
    payload, offset = {}, 0
    for name, length in header.pop("files"):
        payload[name] = bytes(blob[offset:offset + length])
        offset += length
    return header, payload


def learner_env() -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": jail.RUN_DIR, "USER": "learner",
           "LANG": "C.UTF-8", "TMPDIR": "/tmp", "MPLBACKEND": "Agg",
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "FROMZERO_EVENTS_FD": str(child.EVENTS_FD)}
    mpl_dir = os.environ.get("MPLCONFIGDIR")
    if mpl_dir:
        env["MPLCONFIGDIR"] = mpl_dir
    return env


def _give_up(signum: int, frame: object) -> None:
    os._exit(0)  # pid 1 leaving takes every process of the namespace with it


def init_main(sock: socket.socket, streams: list[int], cgroup_procs: list[int],
              ctx: Context) -> None:
    """pid 1 of the run's namespace: set up, start the learner, reap, report. Never returns."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    report: dict = {}
    try:
        header, payload = read_request(sock)
        limits = Limits(**header["limits"])
        uid = int(header["uid"])
        # If the server vanished, nobody would enforce the wall clock: do it here too.
        signal.signal(signal.SIGALRM, _give_up)
        signal.alarm(int(limits.wall_s) + 5)
        # The server made the run's cgroups and passed their cgroup.procs files open: the
        # fork server's root has no cgroup filesystem, on purpose.
        use_cgroup = bool(cgroup_procs)
        for fd in cgroup_procs:
            os.write(fd, b"0")  # "0" = this process; our pid (1) here names another one
            os.close(fd)
        pidfd = os.pidfd_open(1)  # ourselves: the server's handle on the whole namespace
        socket.send_fds(sock, [b"pidfd"], [pidfd])
        os.close(pidfd)
        linux.unshare(linux.CLONE_NEWNS | linux.CLONE_NEWNET | linux.CLONE_NEWIPC
                      | linux.CLONE_NEWUTS)
        jail.enter_run(uid, payload, "sandbox")
        del payload
        jail.write_file("/proc/self/oom_score_adj", "-1000")  # needs CAP_SYS_RESOURCE
        learner = os.fork()
        if learner == 0:
            sock.close()
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            _learner_main(ctx, limits, uid, streams, use_cgroup)
        for fd in streams:
            os.close(fd)
        while True:  # pid 1 inherits every orphan: reap them until the learner ends
            pid, wait_status, usage = os.wait4(-1, 0)
            if pid == learner:
                break
        report = {"wait_status": wait_status, "cpu": usage.ru_utime + usage.ru_stime,
                  "maxrss_kb": usage.ru_maxrss}
    except BaseException as e:  # noqa: BLE001 - pid 1 must always report, whatever failed
        where = traceback.extract_tb(e.__traceback__)[-1]
        report = {"error": f"{type(e).__name__}: {e} (at {where.name}:{where.lineno})"}
    try:
        sock.send(json.dumps(report).encode())
    finally:
        os._exit(0)


def _learner_main(ctx: Context, limits: Limits, uid: int, streams: list[int],
                  use_cgroup: bool) -> None:
    code = 70
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for target, fd in zip((1, 2, child.EVENTS_FD), streams):
            os.dup2(fd, target)
        os.closerange(child.EVENTS_FD + 1, 1 << 16)
        os.chdir(jail.RUN_DIR)
        child.reset_process(jail.RUN_DIR, learner_env())
        jail.drop_privileges(limits, uid, ctx.seccomp, use_cgroup, ctx.last_cap)
        code = child.run_main()
    except BaseException as e:  # noqa: BLE001 - say why the program could not start
        try:
            os.write(2, f"sandbox: could not start the program: {e}\n".encode())
        except OSError:
            pass
    os._exit(code)
