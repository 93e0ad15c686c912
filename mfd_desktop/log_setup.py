"""Logging to a rotating file in the log directory. Logs carry ids and counts, never
personal data, passphrases or key material; every logger is named `mfd.<area>`."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: set[Path] = set()


def configure_logging(log_dir: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> None:
    root = logging.getLogger("mfd")
    root.setLevel(level)
    log_dir = Path(log_dir)
    if log_dir not in _configured:
        try:
            log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = logging.handlers.RotatingFileHandler(
                log_dir / "mfd-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            handler = None  # a read-only or missing log dir must not stop the app
        if handler is not None:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
        _configured.add(log_dir)
    if to_stderr and not any(isinstance(h, logging.StreamHandler) and
                             not isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(logging.StreamHandler())
