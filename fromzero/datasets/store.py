"""The data folder: where sources are cached, where prepared datasets live, how both are checked.

Layout (the folder is the setting `FROMZERO_DATA_DIR`, default `~/.cache/fromzero/data`):

    sources/<file>             what was fetched (npm tarball, pip target folder, archives)
    <dataset>/arrays.npz       image and table sets: x_train, y_train, x_test, y_test
    <dataset>/train.txt, val.txt   text corpora
    <dataset>/manifest.json    sha256 of every prepared file, checked again by `load`

Source files are checked against sha256 values written in the code of each source module, so a
download that was cut short or tampered with is refused before it is parsed.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import numpy as np

from fromzero.datasets.errors import ChecksumError, DatasetError
from fromzero.datasets.progress import QUIET, Console

DATA_DIR_ENV = "FROMZERO_DATA_DIR"
DEFAULT_DATA_DIR = Path("~/.cache/fromzero/data")
MANIFEST = "manifest.json"
ARRAYS = "arrays.npz"
CHUNK = 1 << 20  # hash and copy 1 MiB at a time so memory stays flat for big files


def data_dir() -> Path:
    """The data folder: $FROMZERO_DATA_DIR if set, else ~/.cache/fromzero/data."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured or DEFAULT_DATA_DIR).expanduser()


def sources_dir(root: Path | None = None) -> Path:
    return (root or data_dir()) / "sources"


def dataset_dir(name: str, root: Path | None = None) -> Path:
    return (root or data_dir()) / name


def sha256_bytes(data: bytes) -> str:
    """The fingerprint of some bytes as 64 hex digits.

    sha256_bytes(b'abc') -> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    """
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, console: Console = QUIET) -> str:
    digest = hashlib.sha256()
    bar = console.bar(f"check {path.name}", path.stat().st_size)
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            bar.advance(len(chunk))
    bar.finish()
    return digest.hexdigest()


def check_sha256(label: str, actual: str, expected: str, fix: str) -> None:
    """Refuse data whose sha256 differs from the recorded one, saying which file and what to do."""
    if actual != expected:
        raise ChecksumError(
            f"{label} is damaged or is not the file we expect: its sha256 is {actual}.",
            f"sha256 {expected} (recorded in the From Zero code for this source).",
            fix,
        )


def verify_bytes(label: str, data: bytes, expected: str, fix: str) -> bytes:
    check_sha256(label, sha256_bytes(data), expected, fix)
    return data


def verify_file(path: Path, expected: str, fix: str, console: Console = QUIET) -> Path:
    if not path.is_file():
        raise DatasetError(f"The file {path} is missing.", f"a file at {path}.", fix)
    check_sha256(str(path), sha256_file(path, console), expected, fix)
    return path


def _write_manifest(folder: Path, files: Iterable[str], extra: dict) -> None:
    hashes = {name: sha256_file(folder / name) for name in sorted(files)}
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    manifest = {**extra, "files": hashes, "prepared_at": stamp}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def write_arrays(
    name: str, arrays: dict[str, np.ndarray], extra: dict, root: Path | None = None
) -> Path:
    """Save the splits uncompressed (loading then costs a file read, not a decompression)."""
    folder = dataset_dir(name, root)
    folder.mkdir(parents=True, exist_ok=True)
    # Without a manifest the folder counts as "not prepared" until the new files are complete.
    (folder / MANIFEST).unlink(missing_ok=True)
    partial = folder / (ARRAYS + ".partial")
    # Write beside the real name, then rename: a run cut short never leaves a half file
    # that `load` would trust.
    with partial.open("wb") as f:
        np.savez(f, **arrays)
    partial.replace(folder / ARRAYS)
    shapes = {k: [str(v.dtype), list(v.shape)] for k, v in arrays.items()}
    _write_manifest(folder, [ARRAYS], {"dataset": name, "arrays": shapes, **extra})
    return folder


def write_texts(name: str, texts: dict[str, str], extra: dict, root: Path | None = None) -> Path:
    folder = dataset_dir(name, root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)
    for split, text in texts.items():
        partial = folder / f"{split}.txt.partial"
        partial.write_text(text, encoding="utf-8", newline="\n")
        partial.replace(folder / f"{split}.txt")
    chars = {split: len(text) for split, text in texts.items()}
    files = [f"{split}.txt" for split in texts]
    _write_manifest(folder, files, {"dataset": name, "characters": chars, **extra})
    return folder


def read_manifest(name: str, root: Path | None = None) -> dict | None:
    path = dataset_dir(name, root) / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def mark_manifest(name: str, root: Path | None, **fields: object) -> None:
    """Add fields to a prepared dataset's manifest (e.g. the converter version)."""
    path = dataset_dir(name, root) / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(fields)
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def read_stream(stream: BinaryIO, size: int, label: str, console: Console) -> bytes:
    """Read a whole file object in chunks, moving a progress bar as the bytes arrive."""
    bar = console.bar(label, size)
    parts = []
    while chunk := stream.read(CHUNK):
        parts.append(chunk)
        bar.advance(len(chunk))
    bar.finish()
    return b"".join(parts)
