"""Run Python's cyclic garbage collector on the UI thread only.

Python collects garbage in whichever thread happens to allocate when a threshold is
reached. If that is a TaskRunner worker and the garbage includes Qt widgets, Qt
objects get destroyed outside the UI thread and the process crashes. So we switch
automatic collection off and collect from a UI-thread timer instead, with the same
thresholds (a well-known recipe for PyQt/PySide apps with worker threads).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_installed: list[MainThreadGarbageCollector] = []


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500):
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 2 if counts[2] > self._threshold[2] else 1
            gc.collect(generation)


def install(parent: QObject | None = None) -> MainThreadGarbageCollector:
    """Idempotent: one collector per process (call once the QApplication exists)."""
    if not _installed:
        _installed.append(MainThreadGarbageCollector(parent))
    return _installed[0]
