"""Server-side storage: accounts, classes, progress events, submissions, peer reviews and
certificates (SQLAlchemy; SQLite by default, PostgreSQL by URL). Used only when the server
runs with `--accounts`; without it progress lives in the browser alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from fromzero.server.settings import Settings
from fromzero.store.db import database_url, make_engine, upgrade
from fromzero.store.store import PublicUser, Store, StoreError

__all__ = ["PublicUser", "Store", "StoreError", "open_store"]


def open_store(settings: Settings, review_projects: Iterable[tuple[str, str]] = (),
               migrate: bool = True) -> Store:
    """Connect to the configured database, bring its tables up to date, and wrap it."""
    url = database_url(settings)
    if migrate:
        upgrade(url)
    return Store(make_engine(url), review_projects)
