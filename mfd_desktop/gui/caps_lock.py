"""Caps Lock guessed from typing, for the passphrase fields.

Qt has no portable way to read the Caps Lock state (QGuiApplication gives the modifiers
of a key, and Caps Lock is not one of them on X11, Wayland, Windows or macOS alike).
So `CapsLockWatch` infers it from what is typed into a field: a letter that comes out
upper case without Shift, or lower case with Shift, means Caps Lock is on; the other
two combinations mean off. Pressing the Caps Lock key flips a known state. Until the
first letter the state is unknown (`None`) and no hint is shown. Digits and symbols
say nothing. `changed(bool)` is emitted when the guess changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class CapsLockWatch(QObject):
    changed = Signal(bool)

    def __init__(self, field: QWidget):
        super().__init__(field)
        self.state: bool | None = None
        field.installEventFilter(self)

    def reset(self) -> None:
        if self.state:
            self.changed.emit(False)
        self.state = None

    def _set(self, on: bool) -> None:
        if on != self.state:
            self.state = on
            self.changed.emit(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_CapsLock:
            if self.state is not None:
                self._set(not self.state)
            return False
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set(text.isupper() != shift)
        return False
