"""Build the run's filesystem and drop the learner's process to nothing.

`build_template` runs once in the fork server: it pivots into a tmpfs that holds only
read-only binds of what Python needs, a few /etc files and device nodes. `enter_run` runs in
each run's namespace init (as root, in fresh mount/net/ipc/uts namespaces): its own /proc,
a private /tmp and the run folder. `drop_privileges` runs in the learner's process just
before its code: rlimits, a per-run uid, no capabilities, no_new_privs, the seccomp filter.
"""

from __future__ import annotations

import os
import resource
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fromzero.sandbox import linux
from fromzero.sandbox.events import Limits
from fromzero.sandbox.seccomp import Filter

RUN_DIR = "/home/learner"
TMP_MB = 64
RO = linux.MS_RDONLY | linux.MS_NOSUID | linux.MS_NODEV
# Files from the host's /etc that a Python program may legitimately need; nothing with
# accounts, keys or network configuration.
ETC_FILES = ("ld.so.cache", "localtime")
DEVICES = {"null": (1, 3), "zero": (1, 5), "full": (1, 7), "random": (1, 8),
           "urandom": (1, 9)}


@dataclass(frozen=True)
class JailSpec:
    """What the fork server decided once: where to build roots and what to show inside."""

    staging: str  # an empty host directory to mount the sandbox root (a tmpfs) on
    ro_dirs: tuple[str, ...]  # host directories bound read-only at the same path


PARKED = "/.parked"
# (where in the sandbox root, host path) of read-only binds that live under /tmp; filled by
# build_template in the fork server and inherited by every run it forks.
_parked_under_tmp: list[tuple[str, str]] = []


def _under_tmp(path: str) -> bool:
    return path == "/tmp" or path.startswith("/tmp/")


def _mkdirs(root: str, path: str, mode: int) -> None:
    """Create `path` under `root`; parents are traverse-only (0711) so that `ls /root` or
    `ls /work` inside the sandbox fails even though a deeper bind is reachable."""
    current = root
    parts = [p for p in path.split("/") if p]
    for i, part in enumerate(parts):
        current = os.path.join(current, part)
        if not os.path.isdir(current):
            os.mkdir(current, mode if i == len(parts) - 1 else 0o711)
            os.chmod(current, mode if i == len(parts) - 1 else 0o711)


def _bind_ro(source: str, target: str) -> None:
    linux.mount(source, target, None, linux.MS_BIND)
    # A bind mount ignores flags on creation: they only stick through a remount.
    linux.mount(None, target, None, linux.MS_REMOUNT | linux.MS_BIND | RO)


def build_template(spec: JailSpec, uid_range: range) -> None:
    """Move the calling process (the fork server) into the sandbox's read-only root.

    Done once: the fork server leaves the host's mount namespace for a private one whose
    whole tree is a tmpfs holding read-only binds of /usr and the Python install, a few
    /etc files and device nodes, and empty mount points for the per-run folders. Each run
    then copies this small tree and adds only /proc, /tmp and its own folder.
    """
    linux.unshare(linux.CLONE_NEWNS)
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    root = spec.staging
    linux.mount("tmpfs", root, "tmpfs", linux.MS_NOSUID, "size=4m,mode=0755")
    for name in ("usr", "proc", "tmp", "dev", "etc", "home", "home/learner"):
        os.mkdir(os.path.join(root, name), 0o755)
    for name in ("bin", "lib", "lib64", "sbin"):
        host = os.path.join("/", name)
        if os.path.islink(host):
            os.symlink(os.readlink(host), os.path.join(root, name))
        elif os.path.isdir(host) and name.startswith("lib"):
            _mkdirs(root, host, 0o755)
            _bind_ro(host, root + host)
    _bind_ro("/usr", os.path.join(root, "usr"))
    for path in spec.ro_dirs:
        if _under_tmp(path):
            # Each run mounts its own /tmp over this one, which would hide a bind here (a
            # checkout under /tmp, say). Park it aside; enter_run binds it back on top.
            parked = f"{PARKED}/{len(_parked_under_tmp)}"
            _mkdirs(root, parked, 0o755)
            _bind_ro(path, root + parked)
            _parked_under_tmp.append((parked, path))
            continue
        _mkdirs(root, path, 0o755)
        _bind_ro(path, root + path)
    _make_etc(root, uid_range)
    _make_dev(root)
    os.chdir(root)
    linux.pivot_root(".", ".")
    # The old root now sits under the new one: detach it so nothing of the host stays.
    linux.umount2(".", linux.MNT_DETACH)
    os.chdir("/")
    linux.mount(None, "/", None, linux.MS_REMOUNT | linux.MS_RDONLY | linux.MS_NOSUID)


def enter_run(uid: int, payload: Mapping[str, bytes], hostname: str) -> None:
    """In the run's init, in its fresh namespaces: the run's own /proc, /tmp and folder."""
    linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
    _bind_ro("/proc/sys", "/proc/sys")
    linux.mount("tmpfs", "/tmp", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV,
                f"size={TMP_MB}m,mode=1777")
    for parked, path in _parked_under_tmp:
        _mkdirs("/", path, 0o755)
        _bind_ro(parked, path)
    _make_run_dir(uid, payload)
    linux.sethostname(hostname)


def _make_etc(root: str, uids: range) -> None:
    """Accounts for every uid a run may get, so `pwd.getpwuid(os.getuid())` works."""
    etc = os.path.join(root, "etc")
    with open(os.path.join(etc, "passwd"), "w") as f:
        f.write("root:x:0:0:root:/root:/usr/sbin/nologin\n")
        f.writelines(f"learner:x:{u}:{u}:learner:{RUN_DIR}:/usr/sbin/nologin\n" for u in uids)
    with open(os.path.join(etc, "group"), "w") as f:
        f.write("root:x:0:\n")
        f.writelines(f"learner:x:{u}:\n" for u in uids)
    with open(os.path.join(etc, "hosts"), "w") as f:
        f.write("127.0.0.1 localhost\n")
    for name in ETC_FILES:
        host = os.path.join("/etc", name)
        if os.path.isfile(host):
            target = os.path.join(etc, name)
            open(target, "w").close()
            _bind_ro(os.path.realpath(host), target)


def _make_dev(root: str) -> None:
    dev = os.path.join(root, "dev")
    for name, (major, minor) in DEVICES.items():
        path = os.path.join(dev, name)
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
        os.chmod(path, 0o666)
    for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                         ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
        os.symlink(target, os.path.join(dev, name))


def _make_run_dir(uid: int, payload: Mapping[str, bytes]) -> None:
    """The learner's folder: its own tmpfs, filled before any learner code exists, so no
    link the learner could plant is ever followed by a privileged process."""
    home = RUN_DIR
    size_mb = TMP_MB + sum(len(v) for v in payload.values()) // (1 << 20) + 1
    linux.mount("tmpfs", home, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV,
                f"size={size_mb}m,mode=0755,uid={uid},gid={uid}")
    for name, data in payload.items():
        target = os.path.join(home, name)
        parent = os.path.dirname(target)
        if parent != home:
            os.makedirs(parent, exist_ok=True)
            for d in _dirs_between(home, parent):
                os.chown(d, uid, uid)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fchown(fd, uid, uid)
        finally:
            os.close(fd)


def _dirs_between(top: str, leaf: str) -> Iterable[str]:
    rel = os.path.relpath(leaf, top).split(os.sep)
    for i in range(1, len(rel) + 1):
        yield os.path.join(top, *rel[:i])


def write_file(path: str, text: str) -> None:
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError:
        pass


def cap_last() -> int:
    try:
        with open("/proc/sys/kernel/cap_last_cap") as f:
            return int(f.read())
    except (OSError, ValueError):
        return 40


def drop_privileges(limits: Limits, uid: int, seccomp_filter: Filter | None,
                    memory_cgroup: bool, last_cap: int) -> None:
    """The last steps before learner code: after this the process can only compute."""
    cpu = max(1, int(limits.cpu_s + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    size = limits.file_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if not memory_cgroup:
        # No memory cgroup: address space is the only cap left, and glibc's per-thread
        # malloc arenas would eat it (64 MiB each), so keep to two arenas.
        linux.set_arena_max(2)
        mem = (limits.memory_mb + 256) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    # The OOM killer should pick the learner's process, never the namespace init.
    write_file("/proc/self/oom_score_adj", "1000")
    for cap in range(last_cap + 1):
        try:
            linux.prctl(linux.PR_CAPBSET_DROP, cap)
        except OSError:
            pass
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # leaving uid 0 clears every capability
    if seccomp_filter is not None:
        seccomp_filter.install()
    else:
        linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)
