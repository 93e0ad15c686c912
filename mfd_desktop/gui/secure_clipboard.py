"""Copy sensitive text (names, case notes) to the clipboard, and take it back later.

- The text is marked as sensitive where the platform has a convention for it:
  KDE/Klipper and other Linux clipboard managers honour "x-kde-passwordManagerHint:
  secret"; Windows' clipboard history and cloud clipboard honour
  ExcludeClipboardContentFromMonitorProcessing / CanIncludeInClipboardHistory=0 /
  CanUploadToCloudClipboard=0; macOS managers honour org.nspasteboard.ConcealedType.
- After `CLIPBOARD_CLEAR_SECONDS` (default 30 s) the clipboard is cleared, but only if
  it still holds our text: something the user copied since then is left alone.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from mfd_desktop import settings as settings_mod
from mfd_desktop.settings import SettingsService

log = logging.getLogger("mfd.gui.clipboard")

_DWORD_ZERO = b"\x00\x00\x00\x00"
_DWORD_ONE = b"\x01\x00\x00\x00"
SENSITIVE_FORMATS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"':
        _DWORD_ONE,
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
    "application/x-nspasteboard-concealed-type": b"secret",
}


def sensitive_mime_data(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for fmt, value in SENSITIVE_FORMATS.items():
        mime.setData(fmt, value)
    return mime


class SecureClipboard(QObject):
    def __init__(self, settings: SettingsService, clipboard: QClipboard | None = None,
                 parent: QObject | None = None, clear_after_ms: int | None = None):
        super().__init__(parent)
        self._settings = settings
        self._clipboard = clipboard
        self._override_ms = clear_after_ms
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def clear_after_ms(self) -> int:
        if self._override_ms is not None:
            return self._override_ms
        return int(self._settings.get(settings_mod.CLIPBOARD_CLEAR_SECONDS.key)) * 1000

    def copy(self, text: str) -> None:
        self._text = text
        self.clipboard.setMimeData(sensitive_mime_data(text))
        self._timer.start(self.clear_after_ms())
        log.info("sensitive text copied; clearing in %d ms", self._timer.interval())

    @property
    def holds_our_text(self) -> bool:
        return self._text is not None and self.clipboard.text() == self._text

    def clear_if_ours(self) -> None:
        if self.holds_our_text:
            self.clipboard.clear()
            log.info("clipboard cleared")
        self._text = None

    def clear_now(self) -> None:
        """At lock: take our text back at once (other content stays)."""
        self._timer.stop()
        self.clear_if_ours()
