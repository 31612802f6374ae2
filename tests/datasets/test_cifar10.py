"""CIFAR-10 in both official formats, from archives and folders the test builds itself."""

from __future__ import annotations

import io
import pickle
import tarfile
import urllib.error

import numpy as np
import pytest

from fromzero import datasets
from fromzero.datasets import cifar10, store
from fromzero.datasets.errors import ChecksumError, DatasetError

PER_BATCH = 2  # the real batches hold 10,000 images; two are enough to check the layout
NAMES = [name.encode() for name in cifar10.CLASSES]


def _images(seed: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, 256, size=(n, 3072), dtype=np.uint8)  # (N, 3072) R, G, B planes
    return rows, rng.integers(0, 10, size=n)


def _batches() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    names = [*cifar10.TRAIN_BATCHES, cifar10.TEST_BATCH]
    return {
        name: _images(i, PER_BATCH + (name == cifar10.TEST_BATCH)) for i, name in enumerate(names)
    }


def _python_files(batches) -> dict[str, bytes]:
    # Like the official files: dicts with bytes keys, `data` an array, `labels` a list.
    files = {}
    for name, (rows, labels) in batches.items():
        batch = {
            b"batch_label": name.encode(),
            b"labels": labels.tolist(),
            b"data": rows,
            b"filenames": [b"x.png"] * len(rows),
        }
        files[name] = pickle.dumps(batch, protocol=2)
    files["batches.meta"] = pickle.dumps(
        {b"label_names": NAMES, b"num_cases_per_batch": PER_BATCH, b"num_vis": 3072},
        protocol=2,
    )
    return files


def _binary_files(batches) -> dict[str, bytes]:
    files = {}
    for name, (rows, labels) in batches.items():
        table = np.concatenate([labels.astype(np.uint8)[:, None], rows], axis=1)  # (N, 3073)
        files[f"{name}.bin"] = table.tobytes()
    files["batches.meta.txt"] = ("\n".join(cifar10.CLASSES) + "\n\n").encode()
    return files


def _archive(path, folder_name, files):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            member = tarfile.TarInfo(f"{folder_name}/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return path


def _check(arrays, batches):
    train = [batches[name] for name in cifar10.TRAIN_BATCHES]
    rows = np.concatenate([r for r, _ in train])
    assert arrays["x_train"].shape == (5 * PER_BATCH, 32, 32, 3)
    assert arrays["x_train"].dtype == np.uint8
    assert arrays["y_train"].dtype == np.int64
    assert arrays["x_test"].shape == (PER_BATCH + 1, 32, 32, 3)
    np.testing.assert_array_equal(arrays["y_train"], np.concatenate([y for _, y in train]))
    # Pixel (row 0, column 1) of image 0: red is byte 1, green byte 1025, blue byte 2049.
    assert arrays["x_train"][0, 0, 1].tolist() == [rows[0, 1], rows[0, 1025], rows[0, 2049]]


@pytest.mark.parametrize(
    ("make_files", "folder_name"),
    [(_python_files, "cifar-10-batches-py"), (_binary_files, "cifar-10-batches-bin")],
)
def test_official_format_loads_from_archive_and_from_folder(tmp_path, make_files, folder_name):
    batches = _batches()
    files = make_files(batches)
    arrays, classes = cifar10.read_cifar10(_archive(tmp_path / "c.tar.gz", folder_name, files))
    _check(arrays, batches)
    assert classes == cifar10.CLASSES
    folder = tmp_path / folder_name
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    arrays, _ = cifar10.read_cifar10(folder)
    _check(arrays, batches)


def test_an_archive_that_is_not_official_is_refused_unless_told(tmp_path, root, quiet):
    archive = _archive(tmp_path / "mine.tar.gz", "cifar-10-batches-bin", _binary_files(_batches()))
    with pytest.raises(ChecksumError, match="--no-verify"):
        datasets.prepare("cifar10", console=quiet, source=archive)
    datasets.prepare("cifar10", console=quiet, source=archive, verify=False)
    data = datasets.load("cifar10")
    assert data["x_train"].shape == (10, 32, 32, 3)
    assert data.classes[3] == "cat"


def test_download_is_injected_and_its_file_is_used(root, quiet):
    archive_bytes = {}

    def fake_download(url, destination, console):
        assert url == cifar10.URL
        _archive(destination, "cifar-10-batches-py", _python_files(_batches()))
        archive_bytes["sha"] = store.sha256_file(destination)

    datasets.prepare("cifar10", console=quiet, download=fake_download, verify=False)
    assert datasets.load("cifar10")["y_test"].shape == (PER_BATCH + 1,)
    assert (store.sources_dir(root) / cifar10.ARCHIVE).is_file()


def test_no_network_says_where_to_put_the_archive(root, quiet):
    def offline(url, destination, console):
        raise urllib.error.URLError("Name or service not known")

    with pytest.raises(DatasetError) as info:
        datasets.prepare("cifar10", console=quiet, download=offline)
    message = str(info.value)
    assert "could not be downloaded (Name or service not known)" in message
    assert str(store.sources_dir(root)) in message
    assert "--from PATH" in message


def test_a_pickle_that_would_run_code_is_refused(tmp_path):
    class Sneaky:
        def __reduce__(self):
            return (print, ("this must never run",))

    files = _python_files(_batches())
    files["data_batch_1"] = pickle.dumps(Sneaky(), protocol=2)
    archive = _archive(tmp_path / "bad.tar.gz", "cifar-10-batches-py", files)
    with pytest.raises(DatasetError, match="should not contain .*print"):
        cifar10.read_cifar10(archive)


def test_an_incomplete_copy_lists_the_files_it_needs(tmp_path):
    files = _binary_files(_batches())
    del files["data_batch_5.bin"]
    with pytest.raises(DatasetError, match="data_batch_1 … data_batch_5 and test_batch"):
        cifar10.read_cifar10(_archive(tmp_path / "part.tar.gz", "x", files))


def test_a_cut_short_binary_batch_is_named():
    with pytest.raises(DatasetError, match="not a whole number of 3073-byte images"):
        cifar10.parse_binary_batch(bytes(3073 + 5), "data_batch_1.bin")


def _py2_string(data: bytes) -> bytes:
    return b"U" + bytes([len(data)]) + data  # SHORT_BINSTRING, how Python 2 pickled a str


def test_a_python2_pickle_like_the_official_files_loads():
    # The official batches were pickled by Python 2 with numpy 1: str keys, numpy.core names.
    # Python 3 cannot write that, so the opcodes for {'data': (2, 3) uint8, 'labels': [1, 2]}
    # are spelled out here.
    raw = bytes(range(6))
    data = (
        b"\x80\x02}("
        + _py2_string(b"data")
        + b"cnumpy.core.multiarray\n_reconstruct\ncnumpy\nndarray\nK\x00\x85"
        + _py2_string(b"b")
        + b"\x87R(K\x01K\x02K\x03\x86cnumpy\ndtype\n"
        + _py2_string(b"u1")
        + b"K\x00K\x01\x87R(K\x03"
        + _py2_string(b"|")
        + b"NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb\x89"
        + _py2_string(raw)
        + b"tb"
        + _py2_string(b"labels")
        + b"](K\x01K\x02eu."
    )
    batch = cifar10._unpickle(data, "data_batch_1")
    assert batch["data"].tolist() == [[0, 1, 2], [3, 4, 5]]
    assert batch["labels"] == [1, 2]


def test_an_archive_cut_short_is_reported_not_crashed_on(tmp_path):
    whole = _archive(tmp_path / "c.tar.gz", "cifar-10-batches-bin", _binary_files(_batches()))
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(DatasetError, match="not a readable .tar.gz archive"):
        cifar10.read_cifar10(cut)
