"""Pure pieces of the sandbox, tested without running anything: BPF program, cgroup layouts."""

from __future__ import annotations

import struct
from pathlib import Path

from fromzero.sandbox import cgroups, seccomp

HYBRID = """\
30 25 0:26 / /sys/fs/cgroup rw - tmpfs tmpfs rw,mode=755
31 30 0:27 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw
32 30 0:28 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu
33 30 0:29 / /sys/fs/cgroup/cpuacct rw - cgroup cgroup rw,cpuacct
34 30 0:30 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory
35 30 0:31 / /sys/fs/cgroup/pids rw - cgroup cgroup rw,pids
"""
PURE_V2 = "30 25 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw,nsdelegate\n"


def _instructions(raw: bytes) -> list[tuple[int, int, int, int]]:
    return [struct.unpack("=HBBI", raw[i:i + 8]) for i in range(0, len(raw), 8)]


def run_filter(raw: bytes, nr: int, args: tuple[int, ...] = (), arch: int = 0xC000003E) -> int:
    """A tiny classic-BPF interpreter: what the kernel would answer for this syscall."""
    data = struct.pack("=iIQ6Q", nr, arch, 0, *(list(args) + [0] * (6 - len(args))))
    prog = _instructions(raw)
    acc, pc = 0, 0
    while True:
        code, jt, jf, k = prog[pc]
        pc += 1
        if code == seccomp.LD_W_ABS:
            acc = struct.unpack_from("=I", data, k)[0]
        elif code == seccomp.RET_K:
            return k
        else:
            taken = {seccomp.JEQ_K: acc == k, seccomp.JGE_K: acc >= k,
                     seccomp.JSET_K: bool(acc & k)}[code]
            pc += jt if taken else jf


def test_filter_denies_escape_syscalls_and_allows_ordinary_ones() -> None:
    raw = seccomp.build_program()
    eperm = seccomp.RET_ERRNO(1)
    for name in ("ptrace", "mount", "unshare", "bpf", "keyctl", "perf_event_open",
                 "io_uring_setup", "userfaultfd", "setns"):
        assert run_filter(raw, seccomp.DENIED_X86_64[name]) == eperm, name
    for nr in (0, 1, 2, 9, 60, 231):  # read, write, open, mmap, exit, exit_group
        assert run_filter(raw, nr) == seccomp.RET_ALLOW


def test_filter_checks_arguments_of_socket_ioctl_and_clone() -> None:
    raw = seccomp.build_program()
    assert run_filter(raw, seccomp.SYS_SOCKET, (1, 1)) == seccomp.RET_ALLOW  # AF_UNIX
    assert run_filter(raw, seccomp.SYS_SOCKET, (2, 1)) == seccomp.RET_ERRNO(13)  # AF_INET
    assert run_filter(raw, seccomp.SYS_IOCTL, (0, seccomp.TIOCSTI)) == seccomp.RET_ERRNO(1)
    assert run_filter(raw, seccomp.SYS_IOCTL, (0, 0x5401)) == seccomp.RET_ALLOW  # TCGETS
    thread_flags = 0x3D0F00
    assert run_filter(raw, seccomp.SYS_CLONE, (thread_flags,)) == seccomp.RET_ALLOW
    assert run_filter(raw, seccomp.SYS_CLONE, (0x10000000,)) == seccomp.RET_ERRNO(1)
    assert run_filter(raw, seccomp.SYS_CLONE3) == seccomp.RET_ERRNO(38)  # ENOSYS: use clone


def test_filter_kills_other_abis() -> None:
    raw = seccomp.build_program()
    assert run_filter(raw, 1, arch=0x40000003) == seccomp.RET_KILL_PROCESS  # i386
    assert run_filter(raw, 0x40000000 | 1) == seccomp.RET_KILL_PROCESS  # x32


def test_hybrid_hosts_use_v1_for_what_v2_lacks(tmp_path: Path) -> None:
    info = tmp_path / "mountinfo"
    info.write_text(HYBRID)
    layout = cgroups.detect(str(info))
    assert layout.version == "hybrid"
    used = {c: h.version for h in layout.hierarchies for c in h.controllers}
    assert used == {"memory": 1, "pids": 1, "cpu": 1, "cpuacct": 1}


def test_pure_v2_hosts_use_one_directory(tmp_path: Path) -> None:
    root = tmp_path / "cg"
    root.mkdir()
    (root / "cgroup.controllers").write_text("cpuset cpu io memory hugetlb pids rdma\n")
    info = tmp_path / "mountinfo"
    info.write_text(PURE_V2.replace("/sys/fs/cgroup", str(root)))
    layout = cgroups.detect(str(info))
    assert layout.version == "v2"
    assert [(h.version, h.controllers) for h in layout.hierarchies] == \
        [(2, ("memory", "pids", "cpu"))]
    assert layout.serves("memory") and "v2" in layout.describe()


def test_run_cgroup_on_v2_writes_limits_and_reads_usage(tmp_path: Path) -> None:
    hierarchy = cgroups.Hierarchy(2, str(tmp_path), ("memory", "pids", "cpu"))
    layout = cgroups.CgroupLayout(hierarchies=[hierarchy], v2_mount=str(tmp_path))
    hierarchy.parent.mkdir()
    cg = cgroups.RunCgroup(layout, "run-test")
    cg.create(256 << 20, 34)
    path = hierarchy.parent / "run-test"
    assert (path / "memory.max").read_text() == str(256 << 20)
    assert (path / "pids.max").read_text() == "34"
    assert (path / "cpu.max").read_text() == "100000 100000"
    (path / "cpu.stat").write_text("usage_usec 1500000\nuser_usec 1\n")
    (path / "memory.events").write_text("low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n")
    assert cg.cpu_seconds() == 1.5
    assert cg.oom_kills() == 1
    assert cgroups.leftovers(layout) == [str(path)]
