"""A seccomp filter written as a small classic-BPF program, built here without libseccomp.

The filter is a deny-list on top of the other layers: the kernel interfaces that sandbox
escapes go through (ptrace, mount, new namespaces, keyrings, bpf, perf, io_uring,
userfaultfd, TIOCSTI...) answer EPERM, and sockets other than AF_UNIX answer EACCES, so a
learner gets a clean Python error instead of a mystery crash. Any foreign syscall ABI (x32,
32-bit) kills the process, because the numbers below would mean other calls there.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

from fromzero.sandbox import linux

# BPF opcodes (linux/filter.h)
LD_W_ABS = 0x20
JEQ_K = 0x15
JGE_K = 0x35
JSET_K = 0x45
RET_K = 0x06

RET_KILL_PROCESS = 0x80000000
RET_ALLOW = 0x7FFF0000


def RET_ERRNO(code: int) -> int:
    return 0x00050000 | (code & 0xFFFF)


AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000

# Offsets into struct seccomp_data: nr, arch, ip, then six 64-bit args (low word first).
OFF_NR = 0
OFF_ARCH = 4


def _arg_low(index: int) -> int:
    return 16 + 8 * index


# x86_64 numbers of the calls a learner's program never needs.
DENIED_X86_64: dict[str, int] = {
    "ptrace": 101, "syslog": 103, "personality": 135, "uselib": 134, "modify_ldt": 154,
    "pivot_root": 155, "_sysctl": 156, "adjtimex": 159, "chroot": 161, "acct": 163,
    "settimeofday": 164, "mount": 165, "umount2": 166, "swapon": 167, "swapoff": 168,
    "reboot": 169, "sethostname": 170, "setdomainname": 171, "iopl": 172, "ioperm": 173,
    "create_module": 174, "init_module": 175, "delete_module": 176, "quotactl": 179,
    "nfsservctl": 180, "lookup_dcookie": 212, "clock_settime": 227, "vhangup": 153,
    "kexec_load": 246, "add_key": 248, "request_key": 249, "keyctl": 250,
    "unshare": 272, "move_pages": 279, "perf_event_open": 298, "fanotify_init": 300,
    "name_to_handle_at": 303, "open_by_handle_at": 304, "clock_adjtime": 305, "setns": 308,
    "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "finit_module": 313,
    "kexec_file_load": 320, "bpf": 321, "userfaultfd": 323, "io_uring_setup": 425,
    "io_uring_enter": 426, "io_uring_register": 427, "open_tree": 428, "move_mount": 429,
    "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_getfd": 438,
    "mount_setattr": 442,
}
SYS_IOCTL = 16
SYS_SOCKET = 41
SYS_SOCKETPAIR = 53
SYS_CLONE = 56
SYS_CLONE3 = 435

TIOCSTI = 0x5412  # push a byte into a terminal's input: keystroke injection
TIOCLINUX = 0x541C  # console tricks, including paste-buffer injection
AF_UNIX = 1
NAMESPACE_FLAGS = (linux.CLONE_NEWNS | linux.CLONE_NEWUTS | linux.CLONE_NEWIPC
                   | linux.CLONE_NEWUSER | linux.CLONE_NEWPID | linux.CLONE_NEWNET
                   | linux.CLONE_NEWCGROUP)


def _ins(code: int, k: int = 0, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def _block(nr: int, body: list[bytes]) -> list[bytes]:
    """`if syscall == nr: <body>` — the body always ends in a return."""
    return [_ins(JEQ_K, nr, 0, len(body))] + body


def build_program() -> bytes:
    """The filter for x86_64, as the bytes of a sock_filter array."""
    prog = [
        _ins(LD_W_ABS, OFF_ARCH),
        _ins(JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
        _ins(RET_K, RET_KILL_PROCESS),
        _ins(LD_W_ABS, OFF_NR),
        _ins(JGE_K, X32_SYSCALL_BIT, 0, 1),
        _ins(RET_K, RET_KILL_PROCESS),
    ]
    for nr in sorted(set(DENIED_X86_64.values())):
        prog += [_ins(JEQ_K, nr, 0, 1), _ins(RET_K, RET_ERRNO(errno.EPERM))]
    # clone3 passes its flags in memory that BPF cannot read: say "not implemented" so
    # glibc falls back to clone(), whose flags we can check.
    prog += [_ins(JEQ_K, SYS_CLONE3, 0, 1), _ins(RET_K, RET_ERRNO(errno.ENOSYS))]
    prog += _block(SYS_CLONE, [
        _ins(LD_W_ABS, _arg_low(0)),
        _ins(JSET_K, NAMESPACE_FLAGS, 1, 0),
        _ins(RET_K, RET_ALLOW),
        _ins(RET_K, RET_ERRNO(errno.EPERM)),
    ])
    prog += _block(SYS_IOCTL, [
        _ins(LD_W_ABS, _arg_low(1)),
        _ins(JEQ_K, TIOCSTI, 2, 0),
        _ins(JEQ_K, TIOCLINUX, 1, 0),
        _ins(RET_K, RET_ALLOW),
        _ins(RET_K, RET_ERRNO(errno.EPERM)),
    ])
    for nr in (SYS_SOCKET, SYS_SOCKETPAIR):
        prog += _block(nr, [
            _ins(LD_W_ABS, _arg_low(0)),
            _ins(JEQ_K, AF_UNIX, 0, 1),
            _ins(RET_K, RET_ALLOW),
            _ins(RET_K, RET_ERRNO(errno.EACCES)),
        ])
    prog.append(_ins(RET_K, RET_ALLOW))
    return b"".join(prog)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def supported() -> bool:
    return platform.machine() == "x86_64"


class Filter:
    """A built filter kept ready in the fork server, so each run only pays for one prctl."""

    def __init__(self) -> None:
        self._raw = build_program()
        self._buffer = ctypes.create_string_buffer(self._raw, len(self._raw))
        self._prog = _SockFprog(len(self._raw) // 8, ctypes.addressof(self._buffer))

    def install(self) -> None:
        """no_new_privs first: the kernel refuses a filter from an unprivileged process
        without it, and it stops setuid binaries from regaining power."""
        linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)
        linux.prctl(linux.PR_SET_SECCOMP, linux.SECCOMP_MODE_FILTER,
                    ctypes.c_void_p(ctypes.addressof(self._prog)))
