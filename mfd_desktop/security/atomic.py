"""Crash-safe file replacement: temp file, fsync, rename, fsync of the directory.

After a crash at any point, the target holds either its old or its new content,
never a mix. `step_hook` lets the crash tests kill the process between steps.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp-mfd"

STEPS = ("temp_written", "temp_synced", "renamed", "dir_synced")


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(
    target: Path,
    data: bytes,
    *,
    mode: int = 0o600,
    step_hook: Callable[[str], None] | None = None,
) -> None:
    hook = step_hook or (lambda _step: None)
    target = Path(target)
    temp = target.with_name(target.name + TEMP_SUFFIX)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            hook("temp_written")
            os.fsync(handle.fileno())
        hook("temp_synced")
        os.replace(temp, target)
        hook("renamed")
        fsync_directory(target.parent)
        hook("dir_synced")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def remove_stale_temp(target: Path) -> None:
    """Delete a temp file a crash left behind; the target itself is intact."""
    with contextlib.suppress(FileNotFoundError):
        Path(target).with_name(Path(target).name + TEMP_SUFFIX).unlink()
