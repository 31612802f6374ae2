"""Shared fixtures: a tiny course copied to a temporary folder, so tests may change it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny_course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    shutil.copytree(FIXTURES / "course", root)
    return root


@pytest.fixture
def demo_dir() -> Path:
    return FIXTURES / "demos"
