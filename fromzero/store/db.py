"""Opening the database named by the settings, and bringing its tables up to date (Alembic)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from fromzero.server.settings import Settings

ALEMBIC_DIR = Path(__file__).parent / "alembic"


def database_url(settings: Settings) -> str:
    """The SQLAlchemy URL: the setting, or a SQLite file in the data folder.

    `postgresql://u@h/db` -> `postgresql+psycopg://u@h/db` (psycopg 3 is the driver we ship).
    """
    url = settings.database_url
    if not url:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(settings.data_dir / 'fromzero.db').resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed process leaves the file consistent.
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is fsynced before we answer, so an acknowledged event survives a killed
    # process and a power cut too (NORMAL would survive only the kill). Progress writes are
    # small and few per learner, so the fsync costs nothing a person notices.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Two app threads writing at once wait for each other instead of failing.
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # NullPool: each request opens its own connection, so no connection crosses threads.
        engine = create_engine(url, poolclass=NullPool,
                               connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade(url: str, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` on the database at `url`."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    # env.py reads the URL from here; '%' must be doubled for the ini-style config parser.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, revision)


def secret_key(settings: Settings) -> bytes:
    """The server secret that signs certificate codes: the setting, or a key generated once
    and kept (owner-readable only) in the data folder, so codes stay valid across restarts."""
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = settings.data_dir / "secret.key"
    if not path.is_file():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL: two processes starting at once never overwrite each other's key.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32))
                f.flush()
                os.fsync(f.fileno())
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise RuntimeError(f"The secret key in {path} is too short or empty. Delete the file "
                           "to make a new one (certificates signed with the old key will then "
                           "no longer verify), or set FROMZERO_SECRET_KEY.")
    return key.encode("ascii")
