"""Lock when the desktop session locks or the machine goes to sleep.

What we listen to (all optional; whatever is missing is simply not watched):
- Linux, system bus: org.freedesktop.login1.Manager.PrepareForSleep(true) (suspend,
  hibernate) and org.freedesktop.login1.Session.Lock (loginctl lock-session, and the
  lock screens of GNOME, KDE and others).
- Linux, session bus: org.freedesktop.ScreenSaver / org.gnome.ScreenSaver
  ActiveChanged(true) (screen locker or screen saver started).
- Every platform: QGuiApplication.applicationStateChanged to ApplicationSuspended, and
  commitDataRequest (the session is ending).
Windows and macOS session-lock notifications would need native hooks; there the
inactivity auto-lock still applies.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger("mfd.gui.session")

_SESSION_BUS_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


class SessionWatch(QObject):
    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None, use_dbus: bool = True):
        super().__init__(parent)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_state)
            app.commitDataRequest.connect(lambda _manager: self._request("session ending"))
        if use_dbus:
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # Qt built without D-Bus (Windows, macOS)
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface, name in _SESSION_BUS_SIGNALS:
                session.connect("", path, interface, name, self, SLOT("_on_active_changed(bool)"))
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect("org.freedesktop.login1", "/org/freedesktop/login1",
                           "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                           SLOT("_on_prepare_for_sleep(bool)"))
            system.connect("org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
                           self, SLOT("_on_session_lock()"))

    def _request(self, reason: str) -> None:
        log.info("locking because of %s", reason)
        self.lock_requested.emit()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._request("application suspended")

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self._request("screen saver / screen lock")

    @Slot(bool)
    def _on_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self._request("suspend")

    @Slot()
    def _on_session_lock(self) -> None:
        self._request("session lock")
