"""Databases for the storage tests: a SQLite file, and PostgreSQL when
FROMZERO_TEST_POSTGRES_URL names a server (scripts/postgres.sh starts one and prints it).

Each test gets a database of its own: a new file, or a new PostgreSQL database made on the
server and dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "FROMZERO_TEST_POSTGRES_URL"
PG_SKIP = (f"PostgreSQL tests need a server: run `export {PG_ENV}=$(bash scripts/postgres.sh)` "
           "(scripts/test.sh does this in CI).")


def _psycopg_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def postgres_database() -> Iterator[str]:
    """A fresh, empty database on the test server; dropped after the test."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(PG_SKIP)
    import psycopg

    name = f"fz_{secrets.token_hex(6)}"
    with psycopg.connect(_psycopg_url(admin_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _old = admin_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(_psycopg_url(admin_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_database(folder: Path) -> str:
    return f"sqlite:///{folder / 'fromzero-test.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_database(tmp_path)
    else:
        yield from postgres_database()
