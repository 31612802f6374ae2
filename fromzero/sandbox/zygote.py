"""The fork server: a root process with numpy (and maybe matplotlib) already imported.

Started by the hardened runner with an empty environment, so a run forked from it inherits
nothing secret. At start it moves into the sandbox's read-only root (see jail.py), so even
it no longer sees the host's files. It never reads a run's code: for each request it gets a
socket, three pipe ends and the run's cgroup.procs files (as passed file descriptors), forks
the run's namespace init and forgets them. The init reads the code itself, after the fork,
so no run can find another run's code in the memory it inherited.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import socket
import sys


def preload(kind: str) -> None:
    """Import what most runs use, so a run pays for a fork instead of an import."""
    import numpy
    import numpy.fft
    import numpy.linalg
    import numpy.random  # noqa: F401

    import fromzero.live  # noqa: F401  (learner code may `import fromzero.live`)

    if kind == "matplotlib":
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        # Draw once so fonts and the renderer are loaded here, not in every run.
        fig = plt.figure()
        fig.canvas.draw()
        plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ctl", type=int, required=True)
    parser.add_argument("--kind", default="plain")
    parser.add_argument("--staging", required=True)
    parser.add_argument("--ro", action="append", default=[])
    parser.add_argument("--no-seccomp", action="store_true")
    parser.add_argument("--uid-base", type=int, required=True)
    parser.add_argument("--uid-count", type=int, required=True)
    args = parser.parse_args(argv)

    from fromzero.sandbox import jail, nsinit, seccomp

    # No PR_SET_PDEATHSIG: it fires when the *thread* that started us ends. We leave when
    # the control channel closes instead, which also happens when the server is killed.
    ctl = socket.socket(fileno=args.ctl)
    ctx = nsinit.Context(
        seccomp=None if args.no_seccomp else seccomp.Filter(),
        last_cap=jail.cap_last(),
        kind=args.kind,
    )
    own_pid_ns = os.open("/proc/self/ns/pid", os.O_RDONLY)
    preload(args.kind)  # before leaving the host: matplotlib may still write its font cache
    os.makedirs(args.staging, mode=0o700, exist_ok=True)
    uids = range(args.uid_base, args.uid_base + args.uid_count)
    jail.build_template(jail.JailSpec(staging=args.staging, ro_dirs=tuple(args.ro)), uids)
    # Everything imported so far is shared with every run: keep the garbage collector from
    # touching it (each touch would copy a page in every forked process).
    gc.collect()
    gc.freeze()
    # Runs are reaped by the kernel: the fork server never waits for one.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    ctl.send(b"ready")
    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(ctl, 64, 16)
        except InterruptedError:
            continue
        if not msg:
            return 0  # the server closed the channel
        if len(fds) >= 4:
            _start_run(ctl, fds, ctx, own_pid_ns)
        for fd in fds:
            os.close(fd)


def _start_run(ctl: socket.socket, fds: list[int], ctx: object, own_pid_ns: int) -> None:
    from fromzero.sandbox import linux, nsinit

    try:
        # Each run's init is pid 1 of its own, new pid namespace. unshare() only sets the
        # namespace of our next children, and only once: setns() back to ours re-arms it.
        linux.unshare(linux.CLONE_NEWPID)
        try:
            pid = os.fork()
        finally:
            if os.getpid() != 1:
                linux.setns(own_pid_ns, linux.CLONE_NEWPID)
    except OSError as e:
        sys.stderr.write(f"fromzero sandbox: cannot start a run: {e}\n")
        return
    if pid == 0:
        os.close(own_pid_ns)
        ctl.close()
        run_sock = socket.socket(fileno=fds[0])
        nsinit.init_main(run_sock, fds[1:4], fds[4:], ctx)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
