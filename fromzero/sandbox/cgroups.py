"""Per-run control groups on cgroup v1, v2 or a hybrid of both, found by looking, not assumed.

A run gets one cgroup per hierarchy it needs: memory (hard cap, peak, OOM count), pids (fork
bombs), cpu (a quota of one core) and CPU accounting. On a pure v2 host that is one directory;
on a v1 or hybrid host (like our build machines, where v2 only carries hugetlb) it is one
directory in each v1 hierarchy. The monitor removes them all when the run ends.
"""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

WANTED = ("memory", "pids", "cpu", "cpuacct")
PARENT = os.environ.get("FROMZERO_CGROUP_PARENT", "fromzero")
CPU_PERIOD_US = 100_000


@dataclass(frozen=True)
class Hierarchy:
    """One mounted cgroup hierarchy and the controllers we use from it."""

    version: int  # 1 or 2
    mount: str
    controllers: tuple[str, ...]

    @property
    def parent(self) -> Path:
        return Path(self.mount) / PARENT


@dataclass
class CgroupLayout:
    """What this host offers: which hierarchy serves each controller we want."""

    hierarchies: list[Hierarchy] = field(default_factory=list)
    v1_mounts: dict[str, str] = field(default_factory=dict)
    v2_mount: str | None = None
    v2_controllers: tuple[str, ...] = ()

    @property
    def version(self) -> str:
        if self.v2_mount and not self.v1_mounts:
            return "v2"
        if self.v1_mounts and self.v2_mount:
            return "hybrid"
        return "v1" if self.v1_mounts else "none"

    def serves(self, controller: str) -> bool:
        return any(controller in h.controllers for h in self.hierarchies)

    def describe(self) -> str:
        if not self.hierarchies:
            return f"cgroups: {self.version}, no usable controller (limits fall back to rlimits)"
        parts = [f"v{h.version} {h.mount} [{','.join(h.controllers)}]" for h in self.hierarchies]
        extra = ""
        if self.version == "hybrid":
            extra = f"; v2 offers only [{','.join(self.v2_controllers) or 'nothing'}]"
        return f"cgroups: {self.version}{extra}; using " + "; ".join(parts)


def detect(mountinfo: str = "/proc/self/mountinfo") -> CgroupLayout:
    layout = CgroupLayout()
    try:
        lines = Path(mountinfo).read_text().splitlines()
    except OSError:
        return layout
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or len(tail) < 3:
            continue
        point, fstype, options = fields[4], tail[0], tail[2].split(",")
        if fstype == "cgroup2" and layout.v2_mount is None:
            layout.v2_mount = point
        elif fstype == "cgroup":
            for name in options:
                if name in WANTED:
                    layout.v1_mounts.setdefault(name, point)
    if layout.v2_mount:
        try:
            text = Path(layout.v2_mount, "cgroup.controllers").read_text()
            layout.v2_controllers = tuple(text.split())
        except OSError:
            pass
    # v2 always accounts CPU in cpu.stat, so "cpuacct" comes free with any v2 directory.
    v2_use = [c for c in ("memory", "pids", "cpu") if c in layout.v2_controllers]
    v1_use: dict[str, list[str]] = {}
    for name in WANTED:
        if name in v2_use or (name == "cpuacct" and v2_use):
            continue
        if name in layout.v1_mounts:
            v1_use.setdefault(layout.v1_mounts[name], []).append(name)
    if v2_use:
        layout.hierarchies.append(Hierarchy(2, layout.v2_mount or "", tuple(v2_use)))
    for mount, names in v1_use.items():
        layout.hierarchies.append(Hierarchy(1, mount, tuple(names)))
    return layout


def _write(path: Path, value: str) -> None:
    with open(path, "w") as f:
        f.write(value)


def prepare(layout: CgroupLayout) -> list[str]:
    """Create the parent directories once; returns the problems found (empty when ready)."""
    problems = []
    for h in layout.hierarchies:
        try:
            h.parent.mkdir(exist_ok=True)
            if h.version == 2:
                wanted = " ".join("+" + c for c in h.controllers)
                _write(Path(h.mount) / "cgroup.subtree_control", wanted)
                _write(h.parent / "cgroup.subtree_control", wanted)
        except OSError as e:
            problems.append(f"{h.parent}: {e.strerror}")
    return problems


class RunCgroup:
    """The cgroups of one run: created with limits, read at the end, then removed."""

    def __init__(self, layout: CgroupLayout, name: str) -> None:
        self.layout = layout
        self.name = name
        self.dirs: dict[Hierarchy, Path] = {h: h.parent / name for h in layout.hierarchies}

    def create(self, memory_bytes: int, pids: int, cpus: float = 1.0) -> None:
        for h, path in self.dirs.items():
            path.mkdir()
            if "memory" in h.controllers:
                if h.version == 1:
                    _write(path / "memory.limit_in_bytes", str(memory_bytes))
                    _try_write(path / "memory.memsw.limit_in_bytes", str(memory_bytes))
                else:
                    _write(path / "memory.max", str(memory_bytes))
                    _try_write(path / "memory.swap.max", "0")
            if "pids" in h.controllers:
                _write(path / "pids.max", str(pids))
            if "cpu" in h.controllers:
                quota = int(CPU_PERIOD_US * cpus)
                if h.version == 1:
                    _write(path / "cpu.cfs_quota_us", str(quota))
                else:
                    _write(path / "cpu.max", f"{quota} {CPU_PERIOD_US}")

    def procs_files(self) -> list[str]:
        return [str(p / "cgroup.procs") for p in self.dirs.values()]

    def _dir_with(self, controller: str) -> tuple[Hierarchy, Path] | None:
        for h, path in self.dirs.items():
            if controller in h.controllers or (controller == "cpuacct" and h.version == 2):
                return h, path
        return None

    def cpu_seconds(self) -> float | None:
        found = self._dir_with("cpuacct")
        if found is None:
            return None
        h, path = found
        try:
            if h.version == 1:
                return int((path / "cpuacct.usage").read_text()) / 1e9
            for line in (path / "cpu.stat").read_text().splitlines():
                if line.startswith("usage_usec "):
                    return int(line.split()[1]) / 1e6
        except (OSError, ValueError):
            pass
        return None

    def peak_memory_bytes(self) -> int | None:
        found = self._dir_with("memory")
        if found is None:
            return None
        h, path = found
        name = "memory.max_usage_in_bytes" if h.version == 1 else "memory.peak"
        try:
            return int((path / name).read_text())
        except (OSError, ValueError):
            return None

    def oom_kills(self) -> int:
        found = self._dir_with("memory")
        if found is None:
            return 0
        h, path = found
        name = "memory.oom_control" if h.version == 1 else "memory.events"
        try:
            for line in (path / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
            if h.version == 1:  # older v1 kernels have no oom_kill line: failures count
                return int((path / "memory.failcnt").read_text()) and 1
        except (OSError, ValueError):
            pass
        return 0

    def remove(self) -> list[str]:
        """rmdir every directory; a directory can stay busy for a moment while the last
        processes of the namespace are being reaped, so retry briefly before giving up."""
        left = []
        for path in self.dirs.values():
            for attempt in range(50):
                try:
                    path.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError as e:
                    if e.errno != errno.EBUSY or attempt == 49:
                        left.append(str(path))
                        break
                    _kill_members(path)
                    time.sleep(0.002)
        return left


def _try_write(path: Path, value: str) -> None:
    try:
        _write(path, value)
    except OSError:
        pass


def _kill_members(path: Path) -> None:
    kill_file = path / "cgroup.kill"
    if kill_file.exists():
        _try_write(kill_file, "1")
        return
    try:
        pids = (path / "cgroup.procs").read_text().split()
    except OSError:
        return
    for pid in pids:
        try:
            os.kill(int(pid), 9)
        except OSError:
            pass


def leftovers(layout: CgroupLayout, prefix: str = "run-") -> list[str]:
    """Run directories that still exist: after every run ended this should be empty."""
    found = []
    for h in layout.hierarchies:
        try:
            found += [str(p) for p in h.parent.iterdir()
                      if p.is_dir() and p.name.startswith(prefix)]
        except OSError:
            pass
    return found


def sweep_dead(layout: CgroupLayout) -> None:
    """Remove run directories left by a server process that died mid-run (named
    run-<server pid>-<n>); the runs themselves ended with their own alarm."""
    for path in leftovers(layout):
        pid = Path(path).name.split("-")[1]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            try:
                Path(path).rmdir()
            except OSError:
                pass  # still has processes, or gone already: leave it to its owner
