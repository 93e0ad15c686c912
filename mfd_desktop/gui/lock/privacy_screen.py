"""„Sichtschutz“: F12 hides every window of the app at once while the vault stays open.

`PrivacyScreen.engage()` covers each visible window with a `PrivacyOverlay` (the open
modal dialog, else the main window, gets the PIN/passphrase field), closes menus and
pop-ups, and from then on swallows input and shortcuts that do not belong to a cover
(„Sperren“ Ctrl+L still locks fully). Back with:
- the PIN from Einstellungen › Sichtschutz (storage/privacy_pin.py: only its scrypt hash
  is kept, in the vault; the PIN unwraps no key – it only lifts the screen), or
- the passphrase (checked against the key slot in a worker, as when changing it).
Three wrong tries lock the vault fully (`lock_requested`). The automatic lock keeps
running under the screen (`AutoLock.count_activity` is off: input behind the screen
does not count), so the screen never lasts longer than the policy allows; pressing F12
counts as input, the time starts from there. When the time runs out the vault locks
fully and the covers go (`release()` from the main window's lock).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mfd_desktop.errors import WrongSecretError
from mfd_desktop.gui.auto_lock import AutoLock
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.lock.overlay import PrivacyOverlay
from mfd_desktop.gui.security_dialogs import verify_passphrase
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.storage import privacy_pin

log = logging.getLogger("mfd.gui.lock")

SHORTCUT = "F12"  # also in ui/main_window.ui (privacyAction)
MAX_TRIES = 3
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
_NOT_COVERED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class PrivacyScreen(QObject):
    lock_requested = Signal()   # three wrong tries
    engaged_changed = Signal(bool)

    def __init__(self, ctx, main_window: QWidget, auto_lock: AutoLock,
                 allowed: tuple[QObject, ...] = ()):
        super().__init__(main_window)
        self.ctx, self.main_window, self.auto_lock = ctx, main_window, auto_lock
        self.allowed = allowed  # actions whose shortcuts work under the screen (Lock)
        self.overlays: list[PrivacyOverlay] = []
        self.tries = 0
        self.busy = False
        auto_lock.warning.connect(self._countdown)
        # Watches F12 also where the main window's shortcut cannot fire (a modal dialog
        # is open) and, while engaged, keeps input away from what is covered.
        QApplication.instance().installEventFilter(self)

    @property
    def is_engaged(self) -> bool:
        return bool(self.overlays)

    @property
    def input_overlay(self) -> PrivacyOverlay | None:
        return next((o for o in self.overlays if o.with_input), None)

    # ----- hide and show ------------------------------------------------------------------

    def engage(self) -> None:
        if self.is_engaged or not self.ctx.is_unlocked:
            return
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self.auto_lock.note_activity()  # F12 was input; from here the time runs on
        self.auto_lock.count_activity = False
        self.tries, self.busy = 0, False
        target = QApplication.activeModalWidget() or self.main_window
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.windowType() not in _NOT_COVERED:
                self._cover(window, window is target)
        if self.input_overlay is None:
            self._cover(self.main_window, True)
        log.info("Sichtschutz an")
        self.engaged_changed.emit(True)

    def _cover(self, window: QWidget, with_input: bool) -> None:
        overlay = PrivacyOverlay(window, with_input)
        overlay.submitted.connect(self.try_secret)
        self.overlays.append(overlay)
        if with_input:
            window.activateWindow()

    def release(self) -> None:
        """Take the covers away (lifted, or the vault locks)."""
        if not self.is_engaged:
            return
        for overlay in self.overlays:
            overlay.remove()
        self.overlays = []
        self.auto_lock.count_activity = True
        self.engaged_changed.emit(False)

    def lift(self) -> None:
        self.release()
        self.auto_lock.note_activity()
        log.info("Sichtschutz aufgehoben")

    # ----- PIN or passphrase --------------------------------------------------------------

    def try_secret(self, text: str) -> None:
        if self.busy or not self.is_engaged or not self.ctx.is_unlocked:
            return
        self._set_busy(True)
        pin_like = text.strip().isdigit() and len(text.strip()) <= privacy_pin.MAX_DIGITS
        if pin_like and privacy_pin.has_pin(self.ctx.vault.conn):
            self.ctx.tasks.run_with_connection(
                privacy_pin.check_pin, text, read_only=True,
                on_done=lambda ok: self._checked(bool(ok)),
                on_error=self._check_failed)
        else:
            vault = self.ctx.vault
            self.ctx.tasks.run(verify_passphrase, vault.paths, text, self.ctx.allow_below_floor,
                               on_done=lambda _r: self._checked(True),
                               on_error=self._check_failed)

    def _check_failed(self, failure: TaskFailure) -> None:
        if not isinstance(failure.error, WrongSecretError):
            log.error("Sichtschutz: Prüfung fehlgeschlagen: %s", type(failure.error).__name__)
        self._checked(False)

    def _checked(self, ok: bool) -> None:
        if not self.is_engaged:
            return  # locked meanwhile
        self._set_busy(False)
        if ok:
            self.lift()
            return
        self.tries += 1
        if self.tries >= MAX_TRIES:
            log.warning("Sichtschutz: %d falsche Versuche, Tresor wird gesperrt", self.tries)
            self.release()
            self.lock_requested.emit()
            return
        overlay = self.input_overlay
        if overlay is not None:
            overlay.show_error(fill(self.tr("Wrong. %1 tries left, then the vault locks."),
                                    MAX_TRIES - self.tries))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        overlay = self.input_overlay
        if overlay is not None:
            overlay.set_busy(busy)

    def _countdown(self, seconds: int) -> None:
        for overlay in self.overlays:
            overlay.show_countdown(fill(self.tr("The vault locks fully in %1 seconds."),
                                        seconds))

    # ----- nothing behind the covers ------------------------------------------------------

    def _inside_cover(self, widget: QWidget) -> bool:
        while widget is not None:
            if isinstance(widget, PrivacyOverlay):
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        # getattr: while the window is torn down, Qt may still call this filter after
        # Python has cleared the object's attributes.
        overlays = getattr(self, "overlays", None)
        if overlays is None:
            return False
        if not overlays:
            if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F12
                    and not event.modifiers() and self.ctx.is_unlocked):
                self.engage()
                return True
            return False
        if kind == QEvent.Type.Shortcut:
            return watched not in self.allowed
        if kind in _INPUT and isinstance(watched, QWidget):
            return not self._inside_cover(watched)
        if (kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched.windowType() not in _NOT_COVERED
                and not any(o.parentWidget() is watched for o in self.overlays)):
            self._cover(watched, False)  # a window that opens under the screen
        return False
