"""Logging to a rotating file in the log directory. Logs carry ids and counts, never
personal data, passphrases or key material; every logger is named `mfd.<area>`.

On POSIX the log directory is 0700 and the log file 0600 (also an older 0644 one):
ids and counts are still nobody else's business on a shared machine."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILE = "mfd-desktop.log"

_configured: set[Path] = set()


def _owner_only(log_dir: Path, log_file: Path) -> None:
    if os.name != "posix":
        return
    for path, mode in ((log_dir, 0o700), (log_file, 0o600)):
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, mode)
        except OSError:
            pass  # not ours to change: logging still works


def configure_logging(log_dir: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> None:
    root = logging.getLogger("mfd")
    root.setLevel(level)
    log_dir = Path(log_dir)
    if log_dir not in _configured:
        try:
            log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            log_file = log_dir / LOG_FILE
            handler = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            _owner_only(log_dir, log_file)
        except OSError:
            handler = None  # a read-only or missing log dir must not stop the app
        if handler is not None:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
        elif not root.handlers:
            # no log file: stay quiet rather than let Python's last-resort handler print
            # log lines between the one-line messages on stderr
            root.addHandler(logging.NullHandler())
        _configured.add(log_dir)
    if to_stderr and not any(isinstance(h, logging.StreamHandler) and
                             not isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(logging.StreamHandler())
