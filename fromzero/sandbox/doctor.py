"""Can this host run the hardened sandbox, and which of its layers are really on?

`hardened_support()` is a cheap probe used by `get_runner()`. `diagnose()` goes further for
`fromzero doctor`: it runs a small program in the sandbox and reads, from the inside, its
uid, capabilities, no_new_privs, seccomp mode and namespaces.
"""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache

from fromzero.sandbox import cgroups, linux, seccomp

NAMESPACES = ("pid", "net", "mnt", "ipc", "uts")
PROBE = r"""
import json, os
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
ns = {}
for name in ("pid", "net", "mnt", "ipc", "uts"):
    try:
        ns[name] = os.readlink("/proc/self/ns/" + name)
    except OSError as e:
        ns[name] = "unreadable: %s" % e.strerror
print(json.dumps({"status": {k: v.strip() for k, v in status.items()}, "ns": ns,
                  "pid": os.getpid(), "root": sorted(os.listdir("/"))}))
"""


def _probe_child() -> int:
    """In a forked child: the kernel calls the hardened runner makes, without side effects."""
    try:
        linux.unshare(linux.CLONE_NEWNS | linux.CLONE_NEWPID | linux.CLONE_NEWNET
                      | linux.CLONE_NEWIPC | linux.CLONE_NEWUTS)
        linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
        linux.mount("tmpfs", "/mnt" if os.path.isdir("/mnt") else "/tmp", "tmpfs", 0, "size=1m")
    except OSError as e:
        return 10 + min(e.errno, 100)
    try:
        seccomp.Filter().install()
    except OSError:
        return 3
    return 0


@lru_cache(maxsize=1)
def hardened_support() -> tuple[bool, str]:
    """(True, "") when the hardened runner can work here, else (False, why not)."""
    if not sys.platform.startswith("linux"):
        return False, "the hardened sandbox needs Linux"
    if os.geteuid() != 0:
        return False, "the hardened sandbox needs root (to make namespaces and cgroups)"
    if not seccomp.supported():
        return False, "the seccomp filter is only written for x86_64"
    pid = os.fork()
    if pid == 0:
        os._exit(_probe_child())
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 3:
        return False, "seccomp filters are not allowed here"
    if code >= 10:
        return False, (f"namespaces or mounts are not allowed here ({os.strerror(code - 10)}); "
                       "a Docker container with the default seccomp profile or Ubuntu's "
                       "restricted user namespaces block them")
    if code != 0:
        return False, f"the namespace probe failed (exit {code})"
    return True, ""


def diagnose(runner: object) -> tuple[list[str], bool]:
    """Lines describing each isolation layer, and whether all of them are active."""
    from fromzero.sandbox.runner import collect

    name = getattr(runner, "name", type(runner).__name__)
    lines = [f"runner: {name} (FROMZERO_SANDBOX={os.environ.get('FROMZERO_SANDBOX', 'auto')})"]
    ok, why = hardened_support()
    lines.append("host: root, namespaces and seccomp usable" if ok else f"host: {why}")
    layout = cgroups.detect()
    lines.append(layout.describe())
    out, err, done = collect(runner.run(PROBE))  # type: ignore[attr-defined]
    try:
        seen = json.loads(out.splitlines()[-1])
    except (ValueError, IndexError):
        lines.append(f"probe run failed: {done.get('status')} {err.strip()[-300:]}")
        return lines, False
    status = seen["status"]
    host_ns = {n: os.readlink(f"/proc/self/ns/{n}") for n in NAMESPACES}
    own = [n for n in NAMESPACES if seen["ns"].get(n) != host_ns[n]]
    namespaces = "namespaces (" + ", ".join(NAMESPACES) + ")"
    checks = {
        namespaces: (len(own) == len(NAMESPACES), f"separate: {', '.join(own) or 'none'}"),
        "uid drop": (status.get("Uid", "0").split()[0] != "0"
                     and status.get("CapEff", "").strip("0") == "",
                     f"uid {status.get('Uid', '?').split()[0]}, CapEff {status.get('CapEff')}"),
        "no_new_privs": (status.get("NoNewPrivs") == "1", f"NoNewPrivs {status.get('NoNewPrivs')}"),
        "seccomp": (status.get("Seccomp") == "2", f"mode {status.get('Seccomp')}"),
        "own /proc": (seen["pid"] < 10, f"program sees itself as pid {seen['pid']}"),
        "private root": (not {"boot", "run", "srv", "sys"} & set(seen["root"]),
                         "/ holds " + " ".join(seen["root"])),
        "cgroup limits": (bool(layout.hierarchies) and getattr(runner, "name", "") == "hardened",
                          ", ".join(f"{c} {'yes' if layout.serves(c) else 'NO'}"
                                    for c in ("memory", "pids", "cpu"))),
    }
    all_ok = True
    for name, (active, detail) in checks.items():
        all_ok &= active
        lines.append(f"{name}: {'active' if active else 'MISSING'} ({detail})")
    fallback = getattr(runner, "name", "") != "hardened"
    lines.append("fallback: " + ("YES, plain subprocess runner: learner code is NOT isolated"
                                 if fallback else "no"))
    lines.append(f"probe run: {done.get('status')} in {done.get('wall_s')} s")
    return lines, all_ok and not fallback
