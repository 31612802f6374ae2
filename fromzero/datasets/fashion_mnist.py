"""Fashion-MNIST: 70,000 28×28 photos of clothes in 10 classes, from a Debian package.

The Debian package `dataset-fashion-mnist` puts the four gzipped IDX files in a system folder.
It has the same shapes as MNIST, so every MNIST model can be tried on it unchanged, but it is
harder: a shirt and a T-shirt look alike far more often than a 1 and a 7.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from fromzero.datasets import fetch, store
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.mnist import arrays_from_idx
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

DEB_PACKAGE = "dataset-fashion-mnist"
SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")
INSTALL_HINT = f"sudo apt-get install -y {DEB_PACKAGE}"

FILES = {
    "x_train": (
        "train-images-idx3-ubyte.gz",
        "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
    ),
    "y_train": (
        "train-labels-idx1-ubyte.gz",
        "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
    ),
    "x_test": (
        "t10k-images-idx3-ubyte.gz",
        "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
    ),
    "y_test": (
        "t10k-labels-idx1-ubyte.gz",
        "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
    ),
}

CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)


def _installed(folder: Path) -> bool:
    return all((folder / name).is_file() for name, _ in FILES.values())


def _install_with_apt(console: Console) -> None:
    """Install the package when we may (root with apt-get); otherwise say the command to run."""
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        raise DatasetError(
            f"The Fashion-MNIST files are not installed (nothing in {SYSTEM_DIR}).",
            f"the Debian package {DEB_PACKAGE}, which puts them there.",
            f"run `{INSTALL_HINT}` (on a system with apt), then prepare again.",
        )
    # Ask apt first whether it knows the package; an empty or stale list needs an update.
    policy = fetch.run_tool(
        ["apt-cache", "policy", DEB_PACKAGE],
        cwd=Path("/"),
        what=f"look up the Debian package {DEB_PACKAGE}",
        fix=f"run `{INSTALL_HINT}` yourself.",
        console=console,
    )
    if "Candidate:" not in policy or "Candidate: (none)" in policy:
        fetch.run_tool(
            [apt, "update"],
            cwd=Path("/"),
            what="refresh the list of Debian packages",
            fix=f"run `apt-get update` and then `{INSTALL_HINT}`.",
            console=console,
        )
    fetch.run_tool(
        [apt, "install", "-y", "--no-install-recommends", DEB_PACKAGE],
        cwd=Path("/"),
        what=f"install the Debian package {DEB_PACKAGE}",
        fix=f"run `apt-get update` and then `{INSTALL_HINT}`.",
        console=console,
    )


def prepare(root: Path, console: Console, source: Path = SYSTEM_DIR) -> Path:
    folder = Path(source)
    if not _installed(folder):
        if folder != SYSTEM_DIR:
            raise DatasetError(
                f"The Fashion-MNIST files are not all in {folder}.",
                f"the four files {', '.join(n for n, _ in FILES.values())}.",
                f"copy them there, or install them with `{INSTALL_HINT}`.",
            )
        _install_with_apt(console)
    fix = f"reinstall the package: `sudo apt-get install --reinstall {DEB_PACKAGE}`."
    raw = {}
    for key, (name, sha) in FILES.items():
        path = store.verify_file(folder / name, sha, fix, console)
        raw[key] = path.read_bytes()
    arrays = arrays_from_idx(raw)
    extra = {"source": f"Debian {DEB_PACKAGE}", "source_sha256": {n: s for n, s in FILES.values()}}
    return store.write_arrays("fashion-mnist", arrays, extra, root)


register(
    Source(
        name="fashion-mnist",
        title="Fashion-MNIST clothes",
        kind="images",
        description="Small grey photos of 10 kinds of clothing and shoes; a drop-in, harder "
        "replacement for MNIST.",
        origin=f"Debian package {DEB_PACKAGE} (4 gzipped IDX files, 30 MB)",
        splits="60,000 train / 10,000 test; images uint8 (N, 28, 28); labels int64 0–9",
        prepare=prepare,
        classes=CLASSES,
        needs=f"the Debian package {DEB_PACKAGE} (installed by prepare when run as root)",
    )
)
