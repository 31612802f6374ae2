"""Alembic environment: migrations run against the URL `fromzero.store.db.upgrade` sets."""

from __future__ import annotations

from alembic import context

from fromzero.store.db import make_engine
from fromzero.store.models import Base

target_metadata = Base.metadata


def run_offline() -> None:
    context.configure(url=context.config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    engine = make_engine(url)
    with engine.connect() as connection:
        # render_as_batch: SQLite can only change a table by copying it; batch mode does that.
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
