"""One cover of the privacy screen: an opaque widget over a whole window (menus, tool bar
and all), raised above its other children and kept at the window's size.

Only one cover takes input (`with_input`): the window the keyboard can reach – the open
modal dialog, else the main window. It holds the PIN/passphrase field (with the
Caps-Lock hint of gui/caps_lock.py); the others only
say that the screen is hidden. Tab never leaves a cover. Layout: ui/privacy_overlay.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.caps_lock import CapsLockWatch
from mfd_desktop.gui.forms.ui_privacy_overlay import Ui_PrivacyOverlay


class PrivacyOverlay(QWidget):
    submitted = Signal(str)

    def __init__(self, window: QWidget, with_input: bool):
        super().__init__(window)
        self.ui = ui = Ui_PrivacyOverlay()
        ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.with_input = with_input
        self.secret, self.lift_button = ui.secretEdit, ui.liftButton
        self.error, self.countdown = ui.errorLabel, ui.countdownLabel
        ui.unlockBox.setVisible(with_input)
        self.caps_hint = ui.capsLockHint
        self.caps_hint.hide()
        self.caps = CapsLockWatch(self.secret)
        self.caps.changed.connect(self.caps_hint.setVisible)
        self.secret.returnPressed.connect(self._submit)
        self.lift_button.clicked.connect(self._submit)
        # A dialog's title may name the client ("Neue Frist – Nour Haddad …"): the title
        # bar and the task bar show the privacy screen's name until the cover goes.
        self._title = window.windowTitle()
        self.retranslate()
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()
        if with_input:
            self.secret.setFocus()
        else:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setFocus()

    def _submit(self) -> None:
        text = self.secret.text()
        self.secret.clear()
        if text:
            self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.lift_button.setEnabled(not busy)
        if not busy and self.with_input:
            self.secret.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def show_countdown(self, text: str) -> None:
        self.countdown.setText(text)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.parentWidget().setWindowTitle(self.ui.titleLabel.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() in (QEvent.Type.Resize,
                                                         QEvent.Type.LayoutRequest,
                                                         QEvent.Type.ChildAdded):
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt API
        """Tab cycles between the field and the button, never to what is hidden."""
        if not self.with_input:
            return True
        target = self.lift_button if self.secret.hasFocus() else self.secret
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
            parent.setWindowTitle(self._title)
        self.hide()
        self.deleteLater()
