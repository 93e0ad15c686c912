"""One app instance per vault: an OS file lock on `<data dir>/vault.lock`.

Two windows of MFD Desktop on the same vault would each keep their own drafts and
their own idea of what is on screen; the second one is refused with a clear message.
The lock is an advisory OS lock (flock on Linux/macOS, msvcrt on Windows) held for the
life of the process: if the app crashes, the OS releases it, so a stale lock file never
blocks anyone. The file holds only the process id (no personal data).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths

log = logging.getLogger("mfd.storage.lock")

IN_USE_MESSAGE = (
    Msg("vault.in_use")
)


class VaultInUseError(UserError):
    """Another process holds the single-instance lock of this vault."""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """`with InstanceLock(paths):` or `acquire()`/`release()`; raises `VaultInUseError`."""

    def __init__(self, paths: DataPaths | Path):
        root = paths.root if isinstance(paths, DataPaths) else Path(paths)
        self.path = root / DataPaths(root=root, log_dir=root).lock_file.name
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            from mfd_desktop.storage.faults import translate_os_error

            raise translate_os_error(exc, self.path.parent) from exc
        if not _try_lock(fd):
            os.close(fd)
            log.info("vault lock held by another process")
            raise VaultInUseError(IN_USE_MESSAGE)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder_pid(paths: DataPaths) -> int | None:
    """The process id written by the holder (for diagnostics only)."""
    try:
        text = paths.lock_file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
