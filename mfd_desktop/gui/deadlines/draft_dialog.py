"""Common part of the Fristen dialogs: inline error line, OK/Cancel, draft kept until saved.

A subclass sets up its form (which holds `errorLabel` and `buttonBox`), calls
`_wire(ui)`, binds `self.keeper` and implements `save(conn)`; Ctrl+Enter stores as OK does; a `UserError` from `save`
keeps the dialog open with the message, success finishes the draft and accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.i18n import gui_text


class DraftDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keeper: DraftKeeper | None = None
        self.ui = None

    def _wire(self, ui) -> None:
        """Take the form's error line and buttons (call right after `setupUi`)."""
        self.ui = ui
        self.error_label, self.buttons = ui.errorLabel, ui.buttonBox
        self.error_label.hide()
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # OK has the focus when the dialog opens, as in these dialogs before their forms
        # (the buttons were made first); Tab goes on to Cancel and the fields.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
        # Ctrl+Enter stores from anywhere, also from a multi-line text field.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _save(self) -> None:
        if not self.ctx.is_unlocked:
            self.show_error(self.tr("The vault is locked. Your input is kept; unlock and "
                                    "try again."))
            return
        try:
            self.save(self.ctx.vault.conn)
        except UserError as exc:
            self.show_error(gui_text(exc))
            return
        if self.keeper is not None:
            self.keeper.finish()
        self.accept()

    def save(self, conn) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.keeper is not None:
            self.keeper.finish()
        super().reject()

    def retranslate(self) -> None:
        """The form's texts; subclasses add what the form cannot hold."""
        if self.ui is not None:
            self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
