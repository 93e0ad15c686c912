"""Stopgap for a PySide6 6.12 / Python 3.11 bug: every call from Python to a Qt method that
returns nothing (`setText`, `resize`, `clear`, …) drops one reference to `None` without
having taken it. CPython 3.11 counts references to None like any other object; when the
count reaches zero it aborts with "Fatal Python error: none_dealloc" — in a long session
of the app after some hundred thousand such calls, in a long test run after all tests
passed. (Python 3.12 made None immortal, PEP 683; there the bug is harmless.)

`top_up()` keeps the count far from zero by holding extra references in a list; the
app runs it at start and every few seconds (`start(app)`), the test suite before every
test. On Python 3.12 and later it does nothing. Remove this module when PySide6 fixes the
reference counting (tests/gui/test_none_guard.py shows whether the bug is still there).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

FLOOR = 100_000  # top up below this many references
TARGET = 300_000  # … to this many (a list of 200,000 Nones: 1.6 MB)
INTERVAL_MS = 5_000  # far fewer than 100,000 Qt calls fit into five seconds
NEEDED = sys.version_info < (3, 12)

_KEPT: list[None] = []
if NEEDED:
    # Never free the list, not even at interpreter exit: freeing it would hand back the
    # references it holds and expose the deficit, aborting with none_dealloc after a long
    # session (or test run) that otherwise ended well.
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_KEPT))


def top_up(floor: int = FLOOR, target: int = TARGET) -> int:
    """Hold references to None until there are at least `target`, when fewer than `floor`.
    Returns how many were added."""
    if not NEEDED:
        return 0
    count = sys.getrefcount(None)
    if count >= floor:
        return 0
    missing = target - count
    _KEPT.extend([None] * missing)
    return missing


def start(parent: QObject) -> QTimer:
    """Top up now and every INTERVAL_MS while `parent` (the application) lives."""
    top_up()
    timer = QTimer(parent)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
