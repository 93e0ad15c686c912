"""Start of the desktop app (placeholder until the GUI foundation lands)."""

from __future__ import annotations


def main() -> int:
    raise SystemExit("Die Oberfläche ist noch nicht fertig.")
