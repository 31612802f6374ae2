"""Every setting in one place, read from FROMZERO_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    # populate_by_name: tests and the CLI pass fields by name even where an alias reads the env
    model_config = SettingsConfigDict(env_prefix="FROMZERO_", populate_by_name=True)

    host: str = "127.0.0.1"  # loopback by default: a single learner on their own machine
    port: int = 8000
    course_dir: Path = REPO / "course"
    web_dist: Path = REPO / "web" / "dist"
    max_code_bytes: int = 100_000  # bigger submissions get 413
    max_quiz_answer_chars: int = 200

    # Accounts and server-side progress (`fromzero serve --accounts`); off: progress stays in
    # the browser and the account routes answer 404 with a sentence saying so.
    accounts: bool = False
    data_dir: Path = REPO / "data"  # the SQLite file and the generated secret live here
    # SQLAlchemy URL; unset: a SQLite file in data_dir. The plain DATABASE_URL of most hosts
    # works too. postgresql:// is read with psycopg 3.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("FROMZERO_DATABASE_URL", "DATABASE_URL"))
    # Signs certificate codes; unset: generated once and kept in data_dir/secret.key
    secret_key: str | None = None
    session_days: int = 30  # a session cookie older than this must sign in again
    secure_cookies: bool = False  # True behind HTTPS, so cookies never travel in clear text
    max_progress_bytes: int = 2_000_000  # a progress upload larger than this gets 413
    max_progress_events: int = 20_000  # events in one upload
    clock_skew_seconds: int = 300  # events dated further in the future are rejected
    signin_failures_per_account: int = 5  # per signin_window_seconds, then 429
    signin_failures_per_ip: int = 30  # per signin_window_seconds, then 429
    signin_window_seconds: int = 900


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
