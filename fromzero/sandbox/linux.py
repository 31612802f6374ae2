"""Thin ctypes wrappers for the Linux calls Python's `os` module does not offer.

Only what the hardened sandbox needs: namespaces, mounts, pivot_root, prctl. Every wrapper
raises OSError with the real errno, so a failing layer is loud, never silently skipped.
"""

from __future__ import annotations

import ctypes
import os
import platform

_libc = ctypes.CDLL(None, use_errno=True)

# Namespace flags for unshare(2) (linux/sched.h).
CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
CLONE_NEWCGROUP = 0x02000000

# Mount flags (linux/mount.h).
MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REMOUNT = 32
MS_BIND = 4096
MS_REC = 16384
MS_PRIVATE = 1 << 18
MNT_DETACH = 2

# prctl options (linux/prctl.h).
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_CAPBSET_DROP = 24
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
PR_GET_NO_NEW_PRIVS = 39
SECCOMP_MODE_FILTER = 2

# glibc mallopt parameter: cap the number of malloc arenas (each reserves 64 MiB of address
# space, which matters when only RLIMIT_AS bounds memory).
M_ARENA_MAX = -8

SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41}


def _check(result: int, what: str) -> int:
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return result


def unshare(flags: int) -> None:
    _check(_libc.unshare(ctypes.c_int(flags)), "unshare")


def setns(fd: int, nstype: int) -> None:
    _check(_libc.setns(ctypes.c_int(fd), ctypes.c_int(nstype)), "setns")


def mount(source: str | None, target: str, fstype: str | None, flags: int = 0,
          data: str | None = None) -> None:
    def enc(s: str | None) -> bytes | None:
        return s.encode() if s is not None else None

    result = _libc.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data))
    _check(result, f"mount {target}")


def umount2(target: str, flags: int = 0) -> None:
    _check(_libc.umount2(target.encode(), ctypes.c_int(flags)), f"umount {target}")


def pivot_root(new_root: str, put_old: str) -> None:
    number = SYS_PIVOT_ROOT.get(platform.machine())
    if number is None:
        raise OSError(38, "pivot_root: unknown syscall number on this architecture")
    _check(_libc.syscall(ctypes.c_long(number), new_root.encode(), put_old.encode()),
           "pivot_root")


def prctl(option: int, *args: int | ctypes.c_void_p) -> int:
    values = [a if isinstance(a, ctypes.c_void_p) else ctypes.c_ulong(a) for a in args]
    values += [ctypes.c_ulong(0)] * (4 - len(values))
    return _check(_libc.prctl(ctypes.c_int(option), *values), f"prctl {option}")


def sethostname(name: str) -> None:
    raw = name.encode()
    _check(_libc.sethostname(raw, ctypes.c_size_t(len(raw))), "sethostname")


def set_arena_max(count: int) -> None:
    """Best effort: glibc only; other libcs have no arenas to cap."""
    try:
        _libc.mallopt(ctypes.c_int(M_ARENA_MAX), ctypes.c_int(count))
    except AttributeError:
        pass


def no_new_privs() -> bool:
    try:
        return prctl(PR_GET_NO_NEW_PRIVS) == 1
    except OSError:
        return False
