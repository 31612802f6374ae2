"""Fixtures for the server tests."""

import pytest
from argon2 import PasswordHasher

from fromzero.store import security


@pytest.fixture
def fast_passwords(monkeypatch):
    """argon2id with the smallest cost: the account tests hash dozens of passwords, and the
    real cost (about 0.1 s each, on purpose) would make them slow. tests/store keeps the real
    one."""
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    monkeypatch.setattr(security, "_hasher", cheap)
    monkeypatch.setattr(security, "_DUMMY_HASH", cheap.hash("not a real password"))
