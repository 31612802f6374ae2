"""Alembic migrations of the server storage (run by `fromzero db upgrade`)."""
