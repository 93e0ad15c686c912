"""Where MFD Desktop keeps its files. The one place that knows paths.

The data directory is, in order of precedence: the `--data-dir` option (passed in
explicitly by the caller), the `MFD_DATA_DIR` environment variable, or the
platform's user data directory. Logs go to the platform's user log directory
(or `<data dir>/logs` when the data directory is overridden, so tests and
portable installs keep everything together).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mfd_desktop import APP_ID

ENV_DATA_DIR = "MFD_DATA_DIR"
VAULT_FILE = "vault.db"
KEYSLOTS_FILE = "keyslots.json"
LOCK_FILE = "vault.lock"


@dataclass(frozen=True)
class DataPaths:
    root: Path
    log_dir: Path

    @property
    def vault(self) -> Path:
        return self.root / VAULT_FILE

    @property
    def keyslots(self) -> Path:
        return self.root / KEYSLOTS_FILE

    @property
    def lock_file(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def migration_backups(self) -> Path:
        return self.root / "pre-migration"

    @property
    def preferences(self) -> Path:
        return self.root / "preferences.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Data and log directories for an explicit `--data-dir`, the env var, or the platform default."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, log_dir=root / "logs")
    return DataPaths(
        root=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
    )


def resource_root() -> Path:
    """The folder that holds db/, resources/ (source tree, or the PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return resource_root() / "db"


def resources_dir() -> Path:
    return resource_root() / "resources"
