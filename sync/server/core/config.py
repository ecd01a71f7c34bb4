"""Server settings, declared once (pydantic-settings, environment prefix ``FIELDSYNC_``)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> str:
    return user_data_dir("fieldsync-server", appauthor=False)


def default_database_url() -> str:
    """An SQLite file in the platform's user data directory."""
    return f"sqlite:///{Path(default_data_dir()) / 'fieldsync.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FIELDSYNC_", extra="forbid")

    database: str = default_database_url()
    data_dir: str = default_data_dir()
    """Where the server keeps its signing key (``core/server_key.py``)."""
    max_body_bytes: int = 4 * 1024 * 1024
    """Largest request body as sent (after gzip)."""
    max_inflated_bytes: int = 32 * 1024 * 1024
    """Largest request body after gunzip (stops a gzip bomb)."""
    max_batch_mutations: int = 2000
    max_pull_page: int = 5000
    rate_limit_per_minute: int = 1200
    """Signed requests one device may make in any 60 seconds."""
    enroll_code_hours: int = 72
    max_challan_block: int = 10_000
    gzip_level: int = 5
    training: bool = False
    """A practice server for the police IT school (docs/TRAINING.md): it enrolls only practice
    (training) vaults and stores only their records. A production server (the default) refuses
    both, so training data never reaches it."""
