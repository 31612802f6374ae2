"""Every setting in one place, read from FROMZERO_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FROMZERO_")

    host: str = "127.0.0.1"  # loopback by default: a single learner on their own machine
    port: int = 8000
    course_dir: Path = REPO / "course"
    web_dist: Path = REPO / "web" / "dist"
    max_code_bytes: int = 100_000  # bigger submissions get 413
    max_quiz_answer_chars: int = 200


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
