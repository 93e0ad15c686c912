"""Lock the vault after a period without keyboard or mouse input.

`AutoLock` watches input events application-wide and checks every few seconds
whether `AUTO_LOCK_MINUTES` have passed since the last one; then it emits
`lock_requested` once (until `arm()` is called again after the next unlock).
The clock is injectable, so tests move time forward instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from mfd_desktop import settings as settings_mod
from mfd_desktop.settings import SettingsService

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


class AutoLock(QObject):
    lock_requested = Signal()

    def __init__(self, settings: SettingsService, clock: Callable[[], float] = time.monotonic,
                 check_interval_ms: int = 5000, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def timeout_seconds(self) -> float:
        return int(self._settings.get(settings_mod.AUTO_LOCK_MINUTES.key)) * 60.0

    @property
    def is_armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching (after unlock)."""
        self._last_activity = self._clock()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_activity

    def check(self) -> None:
        if self._armed and self.idle_seconds() >= self.timeout_seconds():
            self.disarm()
            self.lock_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._armed and event.type() in _ACTIVITY:
            self._last_activity = self._clock()
        return False
