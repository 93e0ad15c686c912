"""The warning 30 seconds before the automatic lock: a bar at the top of the main window
with the seconds left. Any key or mouse input keeps the vault unlocked (gui/auto_lock.py
notices it and hides the bar); the button „Entsperrt lassen“ does the same for the mouse
and for a screen reader. Layout: ui/idle_warning.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QWidget

from mfd_desktop.gui.auto_lock import AutoLock
from mfd_desktop.gui.forms.ui_idle_warning import Ui_IdleWarning
from mfd_desktop.gui.i18n import fill


class IdleWarning(QFrame):
    WIDTH = 560

    def __init__(self, window: QWidget, auto_lock: AutoLock):
        super().__init__(window)
        self.ui = ui = Ui_IdleWarning()
        ui.setupUi(self)
        self.auto_lock = auto_lock
        self.message, self.stay_button = ui.messageLabel, ui.stayButton
        self.seconds = 0
        self.stay_button.clicked.connect(auto_lock.note_activity)
        auto_lock.warning.connect(self.show_seconds)
        auto_lock.warning_over.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.message.setText(fill(self.tr(
            "The vault locks in %1 seconds. Press any key to stay unlocked."), seconds))
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        window = self.parentWidget()
        width = min(self.WIDTH, window.width() - 20)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry((window.width() - width) // 2, 8, width, max(height, self.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.isVisible():
                self.show_seconds(self.seconds)
        super().changeEvent(event)
