"""Background sync: on a timer, shortly after unlocking, and when the network comes back.

Runs through `ctx.tasks.run_with_connection`, so it uses its own vault connection in a
worker thread and never blocks the window. Does nothing while the vault is locked, the
device is not enrolled, or nothing waits. Failures are logged (without content) and
shown by the settings section from the sync log; no pop-ups from the background.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.sync.service import load_config, service_for
from mfd_desktop.sync import state

log = logging.getLogger("mfd.gui.sync.background")

FIRST_RUN_DELAY_MS = 30_000


class BackgroundSync(QObject):
    finished = Signal(object)  # SyncResult, or None when nothing was to do
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.busy = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.trigger)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.trigger)
        self._network = None
        ctx.unlocked.connect(self._on_unlocked)
        ctx.locking.connect(self._on_locking)
        self._watch_network()
        if ctx.is_unlocked:
            self._on_unlocked()

    # ----- triggers -----------------------------------------------------------------------

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork is part of PySide6-Essentials
            return
        try:
            if not QNetworkInformation.loadDefaultBackend():
                log.info("no network reachability backend: timer only")
                return
            info = QNetworkInformation.instance()
        except Exception:  # noqa: BLE001 - platform without backend
            log.info("network reachability not available: timer only")
            return
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            log.info("network is back: sync soon")
            self._soon.start(2_000)

    def _on_unlocked(self) -> None:
        # A run cut off by the previous lock never reports back (the task runner drops
        # its callbacks); the SyncService's own lock still prevents overlapping runs.
        if self.busy:
            self._set_busy(False)
        minutes = load_config(self.ctx).interval_minutes
        self._timer.start(max(5, minutes) * 60_000)
        self._soon.start(FIRST_RUN_DELAY_MS)

    def _on_locking(self) -> None:
        self._timer.stop()
        self._soon.stop()

    # ----- running ------------------------------------------------------------------------

    def trigger(self) -> bool:
        """Start a background run now, if one makes sense; returns True if started."""
        if self.busy or not self.ctx.is_unlocked:
            return False
        try:
            service = service_for(self.ctx)
        except Exception:  # noqa: BLE001 - e.g. a policy file that cannot be read
            log.warning("sync service not available")
            return False

        def run(conn):
            if state.enrolment(conn) is None:
                return None
            if not service.status(conn=conn).pending:
                return None
            return service.push_pending(conn=conn)

        self._set_busy(True)
        self.ctx.tasks.run_with_connection(run, on_done=self._done, on_error=self._failed)
        return True

    def _done(self, result) -> None:
        self._set_busy(False)
        if result is not None:
            log.info("background sync: %s", result.outcome)
        self.finished.emit(result)

    def _failed(self, failure) -> None:
        self._set_busy(False)
        log.warning("background sync failed: %s", type(failure.error).__name__)
        self.finished.emit(None)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)


def install(ctx: AppContext) -> BackgroundSync:
    """Call once at start-up (the shell keeps the returned object alive via ctx)."""
    sync = BackgroundSync(ctx)
    ctx.background_sync = sync  # type: ignore[attr-defined]
    return sync
