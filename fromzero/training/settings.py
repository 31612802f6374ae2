"""Training settings, read from FROMZERO_TRAINING_* environment variables.

The server's own Settings may carry the same names prefixed with `training_` (for example
`training_max_jobs`); those win, so one settings class can hold everything.
"""

from __future__ import annotations

from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict


class TrainingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FROMZERO_TRAINING_")

    max_jobs: int = 1  # jobs training at once; one per core pair keeps the site responsive
    max_queued: int = 20  # jobs waiting beyond that are refused with 429
    max_seconds: float = 1800.0  # a job running longer is stopped


def training_settings(server_settings: Any = None) -> TrainingSettings:
    """TrainingSettings, with any `training_*` field of the server's settings applied."""
    settings = TrainingSettings()
    overrides = {name: getattr(server_settings, f"training_{name}")
                 for name in TrainingSettings.model_fields
                 if hasattr(server_settings, f"training_{name}")}
    return settings.model_copy(update=overrides)
