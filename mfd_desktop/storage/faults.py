"""When the disk says no: full disk, read-only data directory, a removed USB stick.

SQLite keeps the last committed state safe in all three cases (a failed commit is
rolled back). What the counsellor needs is a German sentence that says what happened
and what to do, and that what they typed is still there. The GUI keeps the text in
the open form (and in its draft) when a save raises one of these errors, and offers
to save again.

- `translate(exc, root)` turns an `OSError` or a SQLite error into one of the
  `StorageError` subclasses below (or returns None when it is something else).
- `storage_errors(root)` is a context manager doing that translation.
- `guarded_write(vault)` runs a transaction on the vault's connection and adds one
  check SQLite cannot make: that the vault file is still the one we opened. On Linux,
  writing to a file whose directory vanished (stick pulled, folder deleted) "works" —
  into an orphaned file that is gone when the app ends — so we refuse that write.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection, DatabaseError
from mfd_desktop.storage.transaction import transaction

if TYPE_CHECKING:
    from mfd_desktop.storage.vault import Vault

log = logging.getLogger("mfd.storage.faults")

DISK_FULL_MESSAGE = (
    Msg("storage.disk_full")
)
READ_ONLY_MESSAGE = (
    Msg("storage.read_only")
)
GONE_MESSAGE = (
    Msg("storage.gone")
)
IO_MESSAGE = (
    Msg("storage.io")
)


class StorageError(UserError):
    """The storage under the data directory refused a write."""


class DiskFullError(StorageError):
    pass


class ReadOnlyStorageError(StorageError):
    pass


class StorageGoneError(StorageError):
    pass


class StorageIOError(StorageError):
    pass


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_RO_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE_ERRNOS = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE}


def _gone(root: Path | None) -> bool:
    return root is not None and not Path(root).is_dir()


def translate(exc: BaseException, root: Path | None = None) -> StorageError | None:
    """The German storage error for `exc`, or None if it is not a storage failure."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        return translate_os_error(exc, root)
    if isinstance(exc, DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary == 13 or "disk is full" in text:  # SQLITE_FULL
            return DiskFullError(DISK_FULL_MESSAGE)
        if primary == 8 or "readonly" in text or "read-only" in text:  # SQLITE_READONLY
            return StorageGoneError(GONE_MESSAGE) if _gone(root) else ReadOnlyStorageError(
                READ_ONLY_MESSAGE)
        if primary in (10, 14) or "disk i/o error" in text or "unable to open" in text:
            if _gone(root):
                return StorageGoneError(GONE_MESSAGE)
            if root is not None and not os.access(root, os.W_OK):
                return ReadOnlyStorageError(READ_ONLY_MESSAGE)
            return StorageIOError(IO_MESSAGE)
    return None


def translate_os_error(exc: OSError, root: Path | None = None) -> StorageError:
    if exc.errno in _FULL_ERRNOS:
        return DiskFullError(DISK_FULL_MESSAGE)
    if _gone(root) or exc.errno in _GONE_ERRNOS:
        return StorageGoneError(GONE_MESSAGE)
    if exc.errno in _RO_ERRNOS:
        return ReadOnlyStorageError(READ_ONLY_MESSAGE)
    return StorageIOError(IO_MESSAGE)


@contextlib.contextmanager
def storage_errors(root: Path | None = None) -> Iterator[None]:
    """Re-raise storage failures inside the block as German `StorageError`s."""
    try:
        yield
    except (OSError, DatabaseError) as exc:
        translated = translate(exc, root)
        if translated is None:
            raise
        log.warning("storage failure: %s", type(translated).__name__)
        raise translated from exc


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class VaultFileWatch:
    """Remembers which file the vault was opened from, to notice it disappearing."""

    def __init__(self, vault_path: Path):
        self.path = Path(vault_path)
        self.identity = file_identity(self.path)

    def check(self) -> None:
        now = file_identity(self.path)
        if self.identity is None or now != self.identity:
            log.warning("vault file no longer reachable at its place")
            raise StorageGoneError(GONE_MESSAGE)


_watches: weakref.WeakKeyDictionary[Vault, VaultFileWatch] = weakref.WeakKeyDictionary()


def watch_for(vault: Vault) -> VaultFileWatch:
    """The watch of an unlocked vault. Call it right after unlock (the GUI does); else it
    is created at the first guarded write."""
    watch = _watches.get(vault)
    if watch is None or watch.path != vault.paths.vault:
        watch = VaultFileWatch(vault.paths.vault)
        _watches[vault] = watch
    return watch


@contextlib.contextmanager
def guarded_write(vault: Vault, conn: Connection | None = None) -> Iterator[Connection]:
    """One transaction on `conn` (default: the vault's UI connection) with German errors
    for disk full / read-only / vanished storage. On any error nothing is committed."""
    conn = conn if conn is not None else vault.conn
    root = vault.paths.root
    watch = watch_for(vault)
    watch.check()
    with storage_errors(root), transaction(conn):
        yield conn
        # Checked before COMMIT: a commit into an orphaned file would be lost at exit.
        watch.check()


def check_writable(root: Path) -> None:
    """Before unlocking: is the data directory there and can we write to it?

    Raises `StorageGoneError` when it is missing (stick not plugged in) and
    `ReadOnlyStorageError` when writing is refused. Without this, SQLite would report a
    read-only or vanished directory as a damaged vault."""
    root = Path(root)
    if not root.is_dir():
        raise StorageGoneError(GONE_MESSAGE)
    probe = root / f".mfd-write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        raise translate_os_error(exc, root) from exc


@contextlib.contextmanager
def unlock_errors(root: Path) -> Iterator[None]:
    """Around an unlock: a 'damaged' verdict caused by the storage becomes the storage's
    own German message (read-only, gone, full) instead of "beschädigt"."""
    from mfd_desktop.errors import VaultDamagedError

    try:
        yield
    except VaultDamagedError:
        check_writable(root)
        raise
    except (OSError, DatabaseError) as exc:
        translated = translate(exc, root)
        if translated is None:
            raise
        raise translated from exc
