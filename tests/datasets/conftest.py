"""Every dataset test gets its own empty data folder, so none of them reads or writes the
learner's real cache (and none can reach for the network to fill it)."""

from __future__ import annotations

import pytest

from fromzero.datasets.progress import Console


@pytest.fixture
def root(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("FROMZERO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def quiet():
    return Console(quiet=True)
