"""Two tiny classic tables from scikit-learn: 8×8 digits (1,797 rows) and iris (150 rows).

They train in a blink, so lessons use them before MNIST. scikit-learn is never imported: we
read its two bundled CSV files, either from a scikit-learn already installed here (found
through its package metadata) or from its wheel, downloaded once by pip into the data folder
and opened as the zip file it is. Either way each CSV must match the sha256 recorded below.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from importlib import metadata
from pathlib import Path

import numpy as np

from fromzero.datasets import fetch, store
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

PIP_SPEC = "scikit-learn==1.9.1"  # only its data files are read; any recent version has them
MEMBER_DIR = "sklearn/datasets/data"
SHA256 = {
    "iris.csv": "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449",
    "digits.csv.gz": "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22",
}
TEST_FRACTION = 0.2
SPLIT_SEED = 0  # fixed, so every learner gets the same rows in train and in test
IRIS_FEATURES = ("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)")


def _from_installed(name: str) -> bytes | None:
    try:
        dist = metadata.distribution("scikit-learn")
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(f"{MEMBER_DIR}/{name}")))
    if not path.is_file():
        return None
    data = path.read_bytes()
    # Another version might carry a changed file; then fall back to the pinned wheel.
    return data if store.sha256_bytes(data) == SHA256[name] else None


def _from_wheel(name: str, root: Path, console: Console) -> bytes:
    folder = store.sources_dir(root) / "scikit-learn-wheel"
    wheels = sorted(folder.glob("scikit_learn-*.whl")) or fetch.pip_download(
        PIP_SPEC, folder, console
    )
    if not wheels:
        raise DatasetError(
            f"pip finished but left no scikit-learn wheel in {folder}.",
            "one scikit_learn-*.whl file.",
            f"run `pip download --no-deps {PIP_SPEC} -d {folder}` and read what it prints.",
        )
    fix = f"delete {folder} and prepare again, so that pip fetches a fresh wheel."
    try:
        with zipfile.ZipFile(wheels[-1]) as wheel:
            data = wheel.read(f"{MEMBER_DIR}/{name}")
    except (zipfile.BadZipFile, KeyError) as e:
        raise DatasetError(
            f"Could not read {name} from {wheels[-1].name} ({e}).",
            f"a scikit-learn wheel holding {MEMBER_DIR}/{name}.",
            fix,
        ) from None
    return store.verify_bytes(f"{name} in {wheels[-1].name}", data, SHA256[name], fix)


def read_source(name: str, root: Path, console: Console) -> bytes:
    return _from_installed(name) or _from_wheel(name, root, console)


def parse_iris(data: bytes) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Header '150,4,setosa,versicolor,virginica', then rows '5.1,3.5,1.4,0.2,0'."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    classes = tuple(rows[0][2:])
    table = np.array(rows[1:], dtype=np.float64)  # (150, 5)
    return table[:, :4], table[:, 4].astype(np.int64), classes


def parse_digits(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Each row is 64 pixel values (0 = white … 16 = black) and the digit; images are 8×8."""
    table = np.loadtxt(io.StringIO(gzip.decompress(data).decode("utf-8")), delimiter=",")
    images = table[:, :64].astype(np.uint8).reshape(-1, 8, 8)  # (1797, 8, 8)
    return images, table[:, 64].astype(np.int64)


def split(
    x: np.ndarray, y: np.ndarray, test_fraction: float = TEST_FRACTION, seed: int = SPLIT_SEED
) -> dict[str, np.ndarray]:
    """Shuffle with a fixed seed, then keep the last `test_fraction` of rows for testing.

    split(np.arange(10), np.arange(10)) -> 8 rows in x_train, 2 in x_test, none in both.
    """
    order = np.random.default_rng(seed).permutation(len(x))
    n_test = round(len(x) * test_fraction)
    train, test = order[: len(x) - n_test], order[len(x) - n_test :]
    return {"x_train": x[train], "y_train": y[train], "x_test": x[test], "y_test": y[test]}


def prepare_iris(root: Path, console: Console) -> Path:
    x, y, classes = parse_iris(read_source("iris.csv", root, console))
    extra = {"source": f"PyPI {PIP_SPEC} (iris.csv)", "classes": list(classes)}
    return store.write_arrays("iris", split(x, y), extra, root)


def prepare_digits(root: Path, console: Console) -> Path:
    x, y = parse_digits(read_source("digits.csv.gz", root, console))
    extra = {"source": f"PyPI {PIP_SPEC} (digits.csv.gz)"}
    return store.write_arrays("digits", split(x, y), extra, root)


register(
    Source(
        name="digits",
        title="8×8 handwritten digits (scikit-learn)",
        kind="images",
        description="Tiny 8×8 pictures of digits: small enough to look at every number.",
        origin=f"the digits.csv.gz bundled with PyPI {PIP_SPEC} (57 kB)",
        splits="1,438 train / 359 test; images uint8 (N, 8, 8) with values 0–16; labels int64 0–9",
        prepare=prepare_digits,
        classes=tuple(str(d) for d in range(10)),
        needs="pip and access to PyPI (once), unless scikit-learn is installed",
    )
)
register(
    Source(
        name="iris",
        title="Iris flowers (scikit-learn)",
        kind="table",
        description="Four measurements of 150 iris flowers and their species: the classic "
        "first table for classification.",
        origin=f"the iris.csv bundled with PyPI {PIP_SPEC} (3 kB)",
        splits="120 train / 30 test; x float64 (N, 4): "
        + ", ".join(IRIS_FEATURES)
        + "; labels int64 0–2",
        prepare=prepare_iris,
        classes=("setosa", "versicolor", "virginica"),
        needs="pip and access to PyPI (once), unless scikit-learn is installed",
    )
)
