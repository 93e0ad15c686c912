"""Where MFD Desktop keeps its files. The one place that knows paths.

The data directory is, in order of precedence: the `--data-dir` option (passed in
explicitly by the caller), the `MFD_DATA_DIR` environment variable, or the
platform's user data directory. Logs go to the platform's user log directory
(or `<data dir>/logs` when the data directory is overridden, so tests and
portable installs keep everything together).

Permissions (POSIX): the entry points call `use_private_umask()` first, so everything
the app creates (vault, key slots, drafts, backups, logs, profiles, temp copies) is
0600 and every directory 0700; `check_data_dir()` refuses a data directory that
cannot be used (path too long, a file, no permission) with one German sentence, and
`tighten_data_dir()` closes an existing data directory made 0755 by older versions.
On Windows the user-profile ACL protects the data directory (docs/admin.md).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mfd_desktop import APP_ID
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg

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


PRIVATE_UMASK = 0o077
MAX_PATH_CHARS = 1024  # the data directory itself; files below it add up to ~80 characters
MAX_NAME_BYTES = 255   # one path component (ext4, APFS, NTFS)
_OUR_FILES = (VAULT_FILE, KEYSLOTS_FILE, "profiles.json")
_OUR_DIRS = ("logs", "backups", "profiles", "pre-migration")


def use_private_umask() -> None:
    """Files and directories the process creates are readable by their owner only
    (0600/0700). Called first thing by `mfd` and `mfd-desktop` (no effect on Windows)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


_OS_REASONS = {
    errno.ENOENT: Msg("paths.reason_not_found"),
    errno.EACCES: Msg("paths.reason_permission"),
    errno.EPERM: Msg("paths.reason_not_permitted"),
    errno.ENOSPC: Msg("paths.reason_no_space"),
    errno.EROFS: Msg("paths.reason_read_only"),
    errno.ENAMETOOLONG: Msg("paths.reason_name_too_long"),
    errno.ENOTDIR: Msg("paths.reason_not_a_folder"),
    errno.EISDIR: Msg("paths.reason_is_a_folder"),
    errno.EEXIST: Msg("paths.reason_exists"),
    errno.ELOOP: Msg("paths.reason_link_loop"),
    errno.EIO: Msg("paths.reason_io"),
}


def os_error_reason(exc: OSError) -> Msg:
    """A short reason for a file system error, with the file name shortened: for the
    one line `mfd` prints instead of a traceback (rendered at the edge)."""
    reason = _OS_REASONS.get(exc.errno or -1) or Msg("paths.reason_errno", errno=exc.errno)
    name = str(exc.filename or "")
    if name:
        return Msg("paths.reason_with_file", reason=reason, name=_short(name))
    return reason


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:40] + "…" + text[-30:]


def _unusable(root: Path, why: Msg) -> UserError:
    return UserError(Msg("paths.unusable", shown=_short(str(root)), why=why))


def check_data_dir(root: Path) -> None:
    """Raise a UserError with one German sentence when `root` cannot serve as the data
    directory: path too long, a file (or a file in its path), no permission. A directory
    that does not exist yet is fine when it can be created."""
    root = Path(root)
    text = str(root)
    if len(text) > MAX_PATH_CHARS or any(
            len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES for part in root.parts):
        raise _unusable(root, Msg("paths.reason_path_too_long", chars=MAX_PATH_CHARS,
                                          name_bytes=MAX_NAME_BYTES))
    probe = root
    while True:
        try:
            info = probe.stat()
        except FileNotFoundError:
            if probe.parent == probe:
                break
            probe = probe.parent  # not there yet: its nearest existing parent must do
            continue
        except NotADirectoryError:
            raise _unusable(root, Msg("paths.reason_part_is_file")) from None
        except PermissionError:
            raise _unusable(root, Msg("paths.reason_permission")) from None
        except OSError as exc:
            exc.filename = None  # the path is in the message already
            raise _unusable(root, os_error_reason(exc)) from None
        if not stat.S_ISDIR(info.st_mode):
            if probe == root:
                raise _unusable(root, Msg("paths.reason_is_file"))
            raise _unusable(root, Msg("paths.reason_part_is_file"))
        needed = os.R_OK | os.W_OK | os.X_OK if probe == root else os.W_OK | os.X_OK
        if not os.access(probe, needed):
            raise _unusable(root, Msg("paths.reason_permission"))
        break


def tighten_data_dir(root: Path) -> None:
    """Make an existing data directory 0700 (POSIX), as older versions left it 0755, and
    its own files 0600 and folders 0700 (one level). Only a directory that holds a vault
    or a profile list is touched, so a mistyped `--data-dir /tmp` changes nothing."""
    if os.name != "posix":
        return
    root = Path(root)
    try:
        info = root.stat()
        if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid()
                or not info.st_mode & 0o077
                or not any((root / name).exists() for name in _OUR_FILES)):
            return
    except OSError:
        return  # check_data_dir() has already said what is wrong with it
    for path, mode in [(root, 0o700), *((root / d, 0o700) for d in _OUR_DIRS),
                       *((root / f, 0o600) for f in (*_OUR_FILES, "preferences.json"))]:
        try:
            if path.lstat().st_mode & 0o077 and not path.is_symlink():
                os.chmod(path, mode)
        except OSError:
            continue  # not there, or not ours: leave it


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
