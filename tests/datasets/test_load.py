"""load(): the same dict of arrays for every lesson; MNIST itself when it is prepared here."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero import datasets
from fromzero.datasets import python_code, store, toy_sets
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.store import DEFAULT_DATA_DIR


def _real_data_dir():
    # Read before any fixture changes FROMZERO_DATA_DIR: the learner's or CI's prepared data.
    return datasets.data_dir()


REAL = _real_data_dir()


@pytest.mark.skipif(
    store.read_manifest("mnist", REAL) is None,
    reason="MNIST is not prepared on this machine (run `fromzero datasets prepare mnist`)",
)
def test_mnist_loads_with_the_documented_shapes_and_dtypes():
    data = datasets.load("mnist", root=REAL)
    assert data["x_train"].shape == (60000, 28, 28)
    assert data["x_test"].shape == (10000, 28, 28)
    assert data["x_train"].dtype == np.uint8
    assert data["y_train"].dtype == np.int64
    assert data["y_train"].shape == (60000,)
    assert set(np.unique(data["y_test"]).tolist()) == set(range(10))
    assert data["y_train"][:5].tolist() == [5, 0, 4, 1, 9]  # the famous first five
    assert "x_train uint8 (60000, 28, 28)" in repr(data)


def test_default_data_folder_is_under_the_user_cache(monkeypatch):
    monkeypatch.delenv("FROMZERO_DATA_DIR", raising=False)
    assert datasets.data_dir() == DEFAULT_DATA_DIR.expanduser()
    monkeypatch.setenv("FROMZERO_DATA_DIR", "/somewhere/else")
    assert str(datasets.data_dir()) == "/somewhere/else"


def test_unprepared_dataset_says_which_command_prepares_it(root):
    with pytest.raises(DatasetError) as info:
        datasets.load("mnist")
    assert "not prepared yet" in str(info.value)
    assert "fromzero datasets prepare mnist" in str(info.value)


def test_unknown_name_lists_the_known_ones_and_guesses():
    with pytest.raises(DatasetError) as info:
        datasets.load("mnsit")
    message = str(info.value)
    assert "Did you mean 'mnist'?" in message
    for name in datasets.names():
        assert name in message


def test_an_option_a_dataset_does_not_take_is_named(root, quiet):
    with pytest.raises(DatasetError, match="mnist does not take --no-verify"):
        datasets.prepare("mnist", console=quiet, verify=False)


def test_text_corpus_loads_train_and_val_strings(root, quiet, tmp_path):
    code = tmp_path / "lib"
    (code / "pkg").mkdir(parents=True)
    (code / "a.py").write_text("x = 1\n")
    (code / "pkg" / "b.py").write_text("def f():\n    return 2\n")
    (code / "test").mkdir()
    (code / "test" / "test_a.py").write_text("assert True\n")  # tests are left out
    datasets.prepare("python-code", console=quiet, source=code)
    data = datasets.load("python-code")
    both = data["train"] + data["val"]
    assert "# file: a.py\nx = 1\n" in both
    assert "# file: pkg/b.py\n" in both
    assert "assert True" not in both
    assert set(data) == {"train", "val"}
    assert "train text of" in repr(data)


def test_python_code_split_is_fixed_by_the_path():
    assert python_code.is_val("json/decoder.py") is False
    share = sum(python_code.is_val(f"m{i}.py") for i in range(2000)) / 2000
    assert 0.07 < share < 0.13


def test_iris_csv_parses_and_splits_the_same_way_every_time(root):
    csv = b"3,4,setosa,versicolor,virginica\n5.1,3.5,1.4,0.2,0\n7.0,3.2,4.7,1.4,1\n"
    csv += b"6.3,3.3,6.0,2.5,2\n"
    x, y, classes = toy_sets.parse_iris(csv)
    assert x.shape == (3, 4) and y.tolist() == [0, 1, 2]
    assert classes == ("setosa", "versicolor", "virginica")
    first = toy_sets.split(np.arange(10), np.arange(10))
    second = toy_sets.split(np.arange(10), np.arange(10))
    assert len(first["x_train"]) == 8 and len(first["x_test"]) == 2
    assert not set(first["x_train"].tolist()) & set(first["x_test"].tolist())
    np.testing.assert_array_equal(first["x_test"], second["x_test"])
    store.write_arrays("iris", first, {"classes": list(classes)})
    assert datasets.load("iris").classes == classes


def test_a_folder_made_by_older_code_loads_but_is_prepared_again(root, quiet, tmp_path):
    code = tmp_path / "lib"
    code.mkdir()
    (code / "a.py").write_text("x = 1\n")
    datasets.prepare("python-code", console=quiet, source=code)
    assert datasets.is_prepared("python-code")
    store.mark_manifest("python-code", None, format_version=0)  # as if made by older code
    assert not datasets.is_prepared("python-code")
    assert "x = 1" in datasets.load("python-code")["train"] + datasets.load("python-code")["val"]
    assert datasets.info("python-code")["up_to_date"] is False
