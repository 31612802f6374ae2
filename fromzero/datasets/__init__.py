"""Real datasets, prepared once and loaded the same way everywhere.

    from fromzero import datasets
    data = datasets.load("mnist")        # after `fromzero datasets prepare mnist`
    data["x_train"].shape                # (60000, 28, 28) uint8
    x = datasets.flatten(datasets.normalise(data["x_train"]))   # (60000, 784) float32

Image and table sets load as x_train, y_train, x_test, y_test (labels int64); text corpora as
the strings train and val. Every source is checked against a sha256 recorded in its module,
and every prepared file against the manifest written when it was made. The data folder is
$FROMZERO_DATA_DIR, or ~/.cache/fromzero/data when that is not set.
"""

from __future__ import annotations

import inspect
import time
from pathlib import Path

import numpy as np

from fromzero.datasets import (  # noqa: F401  (importing each source registers it)
    cifar10,
    fashion_mnist,
    mnist,
    python_code,
    shakespeare,
    store,
    toy_sets,
)
from fromzero.datasets.errors import ChecksumError, DatasetError
from fromzero.datasets.preprocessing import (
    EXPLAINERS,
    batches,
    explain_flatten,
    explain_normalise,
    explain_one_hot,
    flatten,
    normalise,
    one_hot,
)
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import SOURCES, Source, get
from fromzero.datasets.store import data_dir

# Files already checked in this process, keyed by (path, size, mtime): a notebook that loads
# MNIST ten times pays for the sha256 once.
_VERIFIED: set[tuple[str, int, int]] = set()


class Dataset(dict):
    """The splits of one dataset by name, plus `name` and `classes`; prints as a summary.

    load('iris') -> Dataset iris: x_train float64 (120, 4), y_train int64 (120,), ...
    """

    def __init__(self, name: str, splits: dict, classes: tuple[str, ...] = ()) -> None:
        super().__init__(splits)
        self.name = name
        self.classes = classes

    def __repr__(self) -> str:
        parts = []
        for key, value in self.items():
            if isinstance(value, np.ndarray):
                parts.append(f"{key} {value.dtype} {value.shape}")
            else:
                parts.append(f"{key} text of {len(value):,} characters")
        return f"Dataset {self.name}: " + ", ".join(parts)


def names() -> list[str]:
    """names() -> ['cifar10', 'digits', 'fashion-mnist', 'iris', 'mnist', ...]."""
    return sorted(SOURCES)


def is_prepared(name: str, root: Path | None = None) -> bool:
    """True when the dataset's files are there and were made by this version of the code."""
    source = get(name)
    manifest = store.read_manifest(source.name, root)
    return manifest is not None and manifest.get("format_version") == source.version


# How each prepare() option is spelled on the command line, for error messages.
CLI_FLAGS = {"source": "--from PATH", "verify": "--no-verify"}


def _options(names: set[str]) -> str:
    """_options({'verify'}) -> '--no-verify (verify=)': the flag, then the Python keyword."""
    return ", ".join(f"{CLI_FLAGS.get(n, n)} ({n}=)" for n in sorted(names))


def prepare(
    name: str,
    force: bool = False,
    console: Console | None = None,
    root: Path | None = None,
    **options: object,
) -> Path:
    """Fetch, check and convert one dataset into the data folder; returns its folder.

    Already prepared and not `force` -> returns at once. `options` go to the source's own
    prepare (cifar10 takes source=PATH and verify=False).
    """
    source = get(name)
    console = console or Console()
    root = root or data_dir()
    accepted = set(inspect.signature(source.prepare).parameters) - {"root", "console"}
    unknown = set(options) - accepted
    if unknown:
        raise DatasetError(
            f"{source.name} does not take {_options(unknown)}.",
            f"{_options(accepted) or 'no options'} for {source.name}.",
            f"leave the option out: `fromzero datasets prepare {source.name}`.",
        )
    # Options such as --from name a new source on purpose, so they prepare again.
    if not force and not options and is_prepared(source.name, root):
        console.say(f"{source.title} is already prepared in {store.dataset_dir(source.name, root)}")
        return store.dataset_dir(source.name, root)
    console.say(f"Preparing {source.title} from {source.origin}")
    started = time.monotonic()
    folder = source.prepare(root, console, **options)
    store.mark_manifest(source.name, root, format_version=source.version)
    console.say(f"Done in {time.monotonic() - started:.1f} s: {folder}")
    return folder


def _check(folder: Path, manifest: dict, name: str) -> None:
    fix = f"prepare it again: `fromzero datasets prepare {name} --force`."
    for file, expected in manifest["files"].items():
        path = folder / file
        if not path.is_file():
            raise DatasetError(f"{path} is missing.", f"the prepared file {file}.", fix)
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key not in _VERIFIED:
            store.verify_file(path, expected, fix)
            _VERIFIED.add(key)


def load(name: str, root: Path | None = None, verify: bool = True) -> Dataset:
    """Load a prepared dataset: arrays by split for images and tables, strings for text.

    load('mnist')['x_train'].shape -> (60000, 28, 28); load('shakespeare')['val'][:7] -> a str.
    """
    source = get(name)
    manifest = store.read_manifest(source.name, root)
    if manifest is None:
        raise DatasetError(
            f"The dataset {source.name!r} is not prepared yet.",
            f"its files in {store.dataset_dir(source.name, root)}.",
            f"run `fromzero datasets prepare {source.name}` once (it needs: {source.needs}).",
        )
    folder = store.dataset_dir(source.name, root)
    if verify:
        _check(folder, manifest, source.name)
    classes = tuple(manifest.get("classes", source.classes))
    if source.kind == "text":
        splits = {
            split: (folder / f"{split}.txt").read_text(encoding="utf-8")
            for split in ("train", "val")
        }
        return Dataset(source.name, splits, classes)
    # allow_pickle=False: a prepared file holds plain arrays, never code.
    with np.load(folder / store.ARRAYS, allow_pickle=False) as npz:
        splits = {key: npz[key] for key in ("x_train", "y_train", "x_test", "y_test")}
    return Dataset(source.name, splits, classes)


def info(name: str, root: Path | None = None) -> dict:
    """What `fromzero datasets info NAME` prints: the description, and the manifest if prepared."""
    source = get(name)
    manifest = store.read_manifest(source.name, root)
    folder = store.dataset_dir(source.name, root)
    size = sum(f.stat().st_size for f in folder.iterdir()) if manifest else 0
    return {
        "name": source.name,
        "title": source.title,
        "kind": source.kind,
        "description": source.description,
        "origin": source.origin,
        "splits": source.splits,
        "classes": list(source.classes),
        "needs": source.needs,
        "prepared": manifest is not None,
        "up_to_date": is_prepared(source.name, root),
        "folder": str(folder),
        "bytes_on_disk": size,
        "manifest": manifest,
    }


__all__ = [
    "EXPLAINERS",
    "ChecksumError",
    "Dataset",
    "DatasetError",
    "Source",
    "batches",
    "data_dir",
    "explain_flatten",
    "explain_normalise",
    "explain_one_hot",
    "flatten",
    "info",
    "is_prepared",
    "load",
    "names",
    "normalise",
    "one_hot",
    "prepare",
]
