"""Start of the desktop app (placeholder until the GUI foundation lands)."""

from __future__ import annotations

import sys


def main() -> int:
    if "--self-test" in sys.argv:
        from mfd_desktop.self_test import run_self_test
        return run_self_test()
    raise SystemExit("Die Oberfläche ist noch nicht fertig.")
