"""CIFAR-10: 60,000 32×32 colour photos in 10 classes, from the official archives.

No package registry ships CIFAR-10, so this module reads the two formats its authors publish,
from a folder or a .tar.gz that you supply, or that `prepare` downloads where a network exists:

- the Python version (cifar-10-python.tar.gz): pickled dicts in data_batch_1..5, test_batch
  and batches.meta; `data` is (10000, 3072) uint8, `labels` a list of ints;
- the binary version (cifar-10-binary.tar.gz): data_batch_1..5.bin and test_batch.bin, each
  image one label byte then 3072 pixel bytes; class names in batches.meta.txt.

Each 3072 bytes are the red plane, then green, then blue, 32×32 each, row by row. We return
images as (N, 32, 32, 3), the layout plotting libraries show directly. Archives are read in
memory and never unpacked to disk, and pickles are read with an unpickler that can only rebuild
numpy arrays, because unpickling a file from elsewhere could otherwise run any code.
"""

from __future__ import annotations

import http.client
import io
import pickle
import tarfile
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import numpy as np

from fromzero.datasets import store
from fromzero.datasets.errors import ChecksumError, DatasetError
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

PAGE = "https://www.cs.toronto.edu/~kriz/cifar.html"
URL = "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz"
ARCHIVE = "cifar-10-python.tar.gz"
# The sha256 of each official archive (163 MB python, 162 MB binary).
OFFICIAL_SHA256 = {
    "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce": "cifar-10-python.tar.gz",
    "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd": "cifar-10-binary.tar.gz",
}
TIMEOUT_S = 15.0  # fail fast on a machine without a network instead of hanging
TRAIN_BATCHES = tuple(f"data_batch_{i}" for i in range(1, 6))
TEST_BATCH = "test_batch"
IMAGE_BYTES = 3 * 32 * 32
CLASSES = (
    "airplane",
    "automobile",
    "bird",
    "cat",
    "deer",
    "dog",
    "frog",
    "horse",
    "ship",
    "truck",
)

# download(url, destination, console): write the file at `url` to `destination`.
Download = Callable[[str, Path, Console], None]


class _ArraysOnly(pickle.Unpickler):
    """Rebuild dicts, lists, numbers, strings and numpy arrays, and refuse everything else."""

    ALLOWED: ClassVar[frozenset[tuple[str, str]]] = frozenset(
        {
            ("numpy", "ndarray"),
            ("numpy", "dtype"),
            ("numpy.core.multiarray", "_reconstruct"),
            ("numpy._core.multiarray", "_reconstruct"),
            ("numpy.core.multiarray", "scalar"),
            ("numpy._core.multiarray", "scalar"),
            ("_codecs", "encode"),  # how Python 3 pickles bytes with protocol 2
        }
    )

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"a CIFAR batch should not contain {module}.{name}")


def _unpickle(data: bytes, label: str) -> dict:
    try:
        # The official files were written by Python 2: 'bytes' keeps their str keys as bytes.
        loaded = _ArraysOnly(io.BytesIO(data), encoding="bytes").load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as e:
        raise DatasetError(
            f"{label} is not a CIFAR-10 Python batch ({e}).",
            "a pickled dict with 'data' and 'labels' (from cifar-10-python.tar.gz).",
            "check that the file comes from the official archive, then prepare again.",
        ) from None
    if not isinstance(loaded, dict):
        raise DatasetError(
            f"{label} holds a {type(loaded).__name__}, not a dict.",
            "a pickled dict with 'data' and 'labels'.",
            "use the files from the official cifar-10-python.tar.gz.",
        )
    # Accept both b'data' (official, Python 2) and 'data' (re-saved by Python 3).
    return {k.decode("latin-1") if isinstance(k, bytes) else k: v for k, v in loaded.items()}


def _to_images(rows: np.ndarray) -> np.ndarray:
    """(N, 3072) rows of red, green, blue planes -> (N, 32, 32, 3) pictures."""
    return np.ascontiguousarray(rows.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1))


def parse_python_batch(data: bytes, label: str) -> tuple[np.ndarray, np.ndarray]:
    batch = _unpickle(data, label)
    if "data" not in batch or "labels" not in batch:
        raise DatasetError(
            f"{label} has keys {sorted(batch)}, not 'data' and 'labels'.",
            "a CIFAR-10 batch dict.",
            "use the official cifar-10-python files.",
        )
    rows = np.asarray(batch["data"], dtype=np.uint8)
    labels = np.asarray(batch["labels"], dtype=np.int64)
    if rows.ndim != 2 or rows.shape[1] != IMAGE_BYTES or len(rows) != len(labels):
        raise DatasetError(
            f"{label} has data of shape {rows.shape} and {len(labels)} labels.",
            f"data of shape (N, {IMAGE_BYTES}) and N labels.",
            "use the files from the official cifar-10-python.tar.gz.",
        )
    return _to_images(rows), labels


def parse_binary_batch(data: bytes, label: str) -> tuple[np.ndarray, np.ndarray]:
    record = 1 + IMAGE_BYTES  # one label byte, then the pixels
    if len(data) == 0 or len(data) % record:
        raise DatasetError(
            f"{label} is {len(data)} bytes long, not a whole number of {record}-byte images.",
            f"a multiple of {record} bytes (1 label byte + {IMAGE_BYTES} pixel bytes).",
            "the file is cut short; copy it again from the official cifar-10-binary.tar.gz.",
        )
    table = np.frombuffer(data, dtype=np.uint8).reshape(-1, record)  # (N, 3073)
    return _to_images(table[:, 1:]), table[:, 0].astype(np.int64)


class _Files:
    """The batch files of one CIFAR-10 copy, by file name, from a folder or a .tar.gz."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: dict[str, Path | tarfile.TarInfo] = {}
        self._tar: tarfile.TarFile | None = None
        if path.is_dir():
            for item in sorted(path.rglob("*")):
                if item.is_file():
                    self.found.setdefault(item.name, item)
        elif path.is_file():
            try:
                # Kept open while batches are read one by one; `close` ends it.
                self._tar = tarfile.open(path, "r:*")  # noqa: SIM115
                members = self._tar.getmembers()  # reads the whole archive once
            except (tarfile.TarError, EOFError, zlib.error, OSError) as e:
                self.close()
                raise DatasetError(
                    f"{path} is not a readable .tar.gz archive ({e}).",
                    "cifar-10-python.tar.gz or cifar-10-binary.tar.gz, or the folder "
                    "unpacked from one.",
                    "download the archive again; it may be incomplete.",
                ) from None
            for member in members:
                if member.isfile():
                    self.found.setdefault(Path(member.name).name, member)
        else:
            raise DatasetError(
                f"There is nothing at {path}.",
                "a CIFAR-10 folder or .tar.gz archive at that path.",
                "check the path (a relative path starts from this folder).",
            )

    def read(self, name: str) -> bytes:
        item = self.found[name]
        try:
            if isinstance(item, Path):
                return item.read_bytes()
            assert self._tar is not None
            stream = self._tar.extractfile(item)
            return stream.read() if stream is not None else b""
        except (tarfile.TarError, EOFError, zlib.error, OSError) as e:
            raise DatasetError(
                f"Could not read {name} from {self.path} ({e}).",
                "a complete archive or folder.",
                "the copy is damaged or cut short; download or copy it again.",
            ) from None

    def close(self) -> None:
        if self._tar is not None:
            self._tar.close()


def _class_names(files: _Files, suffix: str) -> tuple[str, ...]:
    """The names in batches.meta (Python) or batches.meta.txt (binary), if the copy has them."""
    if suffix == "" and "batches.meta" in files.found:
        meta = _unpickle(files.read("batches.meta"), "batches.meta")
        names = meta.get("label_names", [])
        return tuple(n.decode("utf-8") if isinstance(n, bytes) else str(n) for n in names)
    if suffix == ".bin" and "batches.meta.txt" in files.found:
        text = files.read("batches.meta.txt").decode("utf-8")
        return tuple(line.strip() for line in text.splitlines() if line.strip())
    return CLASSES


def read_cifar10(
    path: Path, console: Console | None = None
) -> tuple[dict[str, np.ndarray], tuple[str, ...]]:
    """Load CIFAR-10 in either official format from a folder or a .tar.gz (no checksum here).

    arrays, classes = read_cifar10(Path('cifar-10-python.tar.gz'))
    arrays['x_train'].shape -> (50000, 32, 32, 3); classes[3] -> 'cat'
    """
    console = console or Console(quiet=True)
    files = _Files(Path(path))
    try:
        if all(name in files.found for name in (*TRAIN_BATCHES, TEST_BATCH)):
            suffix, parse = "", parse_python_batch
        elif all(f"{name}.bin" in files.found for name in (*TRAIN_BATCHES, TEST_BATCH)):
            suffix, parse = ".bin", parse_binary_batch
        else:
            raise DatasetError(
                f"{path} does not hold a complete CIFAR-10 copy.",
                "data_batch_1 … data_batch_5 and test_batch (Python version), or the same "
                "names ending in .bin (binary version).",
                "point at the archive itself or at the folder unpacked from it "
                "(cifar-10-batches-py or cifar-10-batches-bin).",
            )
        bar = console.bar("read batches", len(TRAIN_BATCHES) + 1, unit="batches")
        parts = []
        for name in (*TRAIN_BATCHES, TEST_BATCH):
            parts.append(parse(files.read(name + suffix), name + suffix))
            bar.advance(1)
        bar.finish()
        classes = _class_names(files, suffix)
    finally:
        files.close()
    x_train = np.concatenate([x for x, _ in parts[:-1]])
    y_train = np.concatenate([y for _, y in parts[:-1]])
    x_test, y_test = parts[-1]
    for key, labels in (("y_train", y_train), ("y_test", y_test)):
        if labels.size and (labels.min() < 0 or labels.max() >= len(classes)):
            raise DatasetError(
                f"{key} has labels from {labels.min()} to {labels.max()}.",
                f"labels 0–{len(classes) - 1}, one per class ({', '.join(classes)}).",
                "use the files from an official CIFAR-10 archive.",
            )
    arrays = {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}
    return arrays, classes


def urllib_download(url: str, destination: Path, console: Console) -> None:
    """Fetch `url` into `destination` with a short timeout and a progress bar."""
    partial = destination.with_name(destination.name + ".partial")
    with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
        bar = console.bar(
            f"download {destination.name}", int(response.headers.get("Content-Length") or 0)
        )
        with partial.open("wb") as out:
            while chunk := response.read(store.CHUNK):
                out.write(chunk)
                bar.advance(len(chunk))
        bar.finish()
    partial.replace(destination)


def _no_network_help(folder: Path, reason: str) -> DatasetError:
    return DatasetError(
        f"CIFAR-10 could not be downloaded ({reason}). No package registry ships it, so it "
        "comes from its authors' page.",
        f"the file {ARCHIVE} (163 MB) in {folder}, or a network.",
        f"on a computer with a network, download {ARCHIVE} (or cifar-10-binary.tar.gz) from "
        f"{PAGE}, copy it to {folder}, and run `fromzero datasets prepare cifar10` again. "
        "Or point at your copy: `fromzero datasets prepare cifar10 --from PATH`.",
    )


def _find_local(folder: Path) -> Path | None:
    for name in (ARCHIVE, "cifar-10-binary.tar.gz", "cifar-10-batches-py", "cifar-10-batches-bin"):
        if (folder / name).exists():
            return folder / name
    return None


def prepare(
    root: Path,
    console: Console,
    source: Path | None = None,
    verify: bool = True,
    download: Download = urllib_download,
) -> Path:
    folder = store.sources_dir(root)
    if source is None:
        source = _find_local(folder)
    if source is None:
        folder.mkdir(parents=True, exist_ok=True)
        console.say(f"  downloading {URL}")
        try:
            download(URL, folder / ARCHIVE, console)
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            raise _no_network_help(folder, str(getattr(e, "reason", e))) from None
        source = folder / ARCHIVE
    source = Path(source)
    verified = False
    if source.is_file():
        actual = store.sha256_file(source, console)
        verified = actual in OFFICIAL_SHA256
        if verified:
            console.say(f"  {source.name} matches the official {OFFICIAL_SHA256[actual]}")
        elif verify:
            raise ChecksumError(
                f"{source} is not an official CIFAR-10 archive: its sha256 is {actual}.",
                "the sha256 of cifar-10-python.tar.gz or cifar-10-binary.tar.gz: "
                + " or ".join(OFFICIAL_SHA256)
                + ".",
                f"delete {source} and download it again (it may be incomplete). If you made "
                "this archive yourself on purpose, add --no-verify.",
            )
    elif source.is_dir():
        console.say("  note: a folder has no recorded sha256; only its contents are checked.")
    arrays, classes = read_cifar10(source, console)
    extra = {"source": source.name, "verified": verified, "classes": list(classes)}
    return store.write_arrays("cifar10", arrays, extra, root)


register(
    Source(
        name="cifar10",
        title="CIFAR-10 colour photos",
        kind="images",
        description="Small colour photos of planes, cars, birds, cats, deer, dogs, frogs, "
        "horses, ships and trucks.",
        origin=f"the official archive from its authors ({ARCHIVE}, 163 MB); no registry has it",
        splits="50,000 train / 10,000 test; images uint8 (N, 32, 32, 3) red-green-blue; "
        "labels int64 0–9",
        prepare=prepare,
        classes=CLASSES,
        needs="a network once, or the archive copied into the data folder's sources/ folder",
    )
)
