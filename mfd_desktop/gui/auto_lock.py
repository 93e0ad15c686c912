"""Lock the vault after a period without keyboard or mouse input.

`AutoLock` watches input events application-wide and checks every second whether
`AUTO_LOCK_MINUTES` have passed since the last one; then it emits `lock_requested` once
(until `arm()` is called again after the next unlock).

`WARNING_SECONDS` before that it emits `warning(seconds_left)` (again at every check, for
a countdown; gui/lock/idle_warning.py shows it); any key or mouse input then keeps the
vault unlocked and emits `warning_over`. While the privacy screen is up
(`count_activity = False`, gui/lock/privacy_screen.py) input does not count: the time
keeps running under the screen, so it never stays open longer than the policy allows.
The clock is injectable, so tests move time forward instead of waiting.
"""

from __future__ import annotations

import math
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


WARNING_SECONDS = 30


class AutoLock(QObject):
    lock_requested = Signal()
    warning = Signal(int)   # seconds left before the lock
    warning_over = Signal()  # input came (or the lock): the warning goes away

    def __init__(self, settings: SettingsService, clock: Callable[[], float] = time.monotonic,
                 check_interval_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._last_activity = clock()
        self._armed = False
        self._warned = False
        self.count_activity = True
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
        self._end_warning()

    @property
    def is_warning(self) -> bool:
        return self._warned

    def note_activity(self) -> None:
        """Input (or "Entsperrt lassen"): the idle time starts again."""
        self._last_activity = self._clock()
        self._end_warning()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_activity

    def seconds_left(self) -> float:
        return self.timeout_seconds() - self.idle_seconds()

    def check(self) -> None:
        if not self._armed:
            return
        left = self.seconds_left()
        if left <= 0:
            self.disarm()
            self.lock_requested.emit()
        elif left <= WARNING_SECONDS:
            self._warned = True
            self.warning.emit(math.ceil(left))

    def _end_warning(self) -> None:
        if self._warned:
            self._warned = False
            self.warning_over.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # getattr: Qt may call this while Python tears the object down (attributes gone).
        if getattr(self, "_armed", False) and self.count_activity \
                and event.type() in _ACTIVITY:
            self._last_activity = self._clock()
            if self._warned:
                self._end_warning()
        return False
