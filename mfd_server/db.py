"""Engine, sessions and schema migrations (Alembic, run programmatically).

A SQLite file is the default (`sqlite:///mfd-server.db`: one admin, one machine);
an organisation points `--db` / MFD_SERVER_DB at PostgreSQL
(`postgresql+psycopg://user@host/dbname`).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///mfd-server.db"
ENV_DB_URL = "MFD_SERVER_DB"
ALEMBIC_DIR = Path(__file__).with_name("alembic")


def resolve_db_url(url: str | None) -> str:
    return url or os.environ.get(ENV_DB_URL) or DEFAULT_DB_URL


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def protect_sqlite_file(url: str) -> None:
    """Create the SQLite file readable by its owner only (0600: token and password hashes
    inside), or tighten an existing one; its -wal/-shm files likewise (SQLite creates
    them with the database file's mode)."""
    path = sqlite_path(url)
    if path is None or os.name != "posix":
        return
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for candidate in (path, path.with_name(path.name + "-wal"),
                      path.with_name(path.name + "-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def upgrade(url: str) -> None:
    """Create or upgrade the schema to the newest revision (safe to run again)."""
    protect_sqlite_file(url)
    command.upgrade(alembic_config(url), "head")


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)
