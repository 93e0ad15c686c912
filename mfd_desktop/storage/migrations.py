"""Schema migrations: numbered SQL files in db/, applied in order by PRAGMA user_version.

Each file `NNNN_name.sql` raises the schema to version NNNN inside one transaction.
Before an existing vault is migrated, an encrypted copy of it is kept in
`pre-migration/`. A vault whose version is higher than the newest file is refused:
an older app must not write a newer vault.
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from mfd_desktop.errors import VaultTooNewError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import migrations_dir
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.storage.migrations")

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available(directory: Path | None = None) -> list[Migration]:
    directory = directory or migrations_dir()
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise RuntimeError(f"badly named migration file: {path.name}")
        found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {versions}")
    return found


def latest_version(directory: Path | None = None) -> int:
    found = available(directory)
    return found[-1].version if found else 0


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(conn: Connection, directory: Path | None = None) -> None:
    version, latest = current_version(conn), latest_version(directory)
    if version > latest:
        raise VaultTooNewError(
            Msg("vault.too_new", version=version, latest=latest),
        )


def pending(conn: Connection, directory: Path | None = None) -> list[Migration]:
    check_not_too_new(conn, directory)
    version = current_version(conn)
    return [m for m in available(directory) if m.version > version]


def keep_encrypted_copy(conn: Connection, vault_path: Path, backup_dir: Path, version: int) -> Path:
    """Copy the (encrypted) vault file aside before migrating; the WAL is folded in first."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backup_dir / f"vault-schema{version:04d}-{time.strftime('%Y%m%d-%H%M%S')}.db"
    shutil.copy2(vault_path, target)
    return target


def migrate(conn: Connection, vault_path: Path | None = None, backup_dir: Path | None = None,
            directory: Path | None = None) -> list[int]:
    """Apply pending migrations; returns the versions applied."""
    todo = pending(conn, directory)
    if not todo:
        return []
    start = current_version(conn)
    if start > 0 and vault_path is not None and backup_dir is not None:
        copy = keep_encrypted_copy(conn, vault_path, backup_dir, start)
        log.info("kept an encrypted copy of schema %d before migrating: %s", start, copy.name)
    applied = []
    for migration in todo:
        script = f"BEGIN IMMEDIATE;\n{migration.sql()}\n;PRAGMA user_version = {migration.version};\nCOMMIT;"
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
        log.info("applied schema migration %04d", migration.version)
    return applied
