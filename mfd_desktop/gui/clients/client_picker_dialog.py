"""„Klient*in wählen“: the client picker in a dialog, the first step of a quick capture.

`ClientPickerDialog(ctx, title, preselect=None)`; Enter (the default OK button) takes the
selected client, `choice` holds it after `accepted`. Layout: ui/client_picker_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.gui.clients.client_picker import ClientChoice
from mfd_desktop.gui.forms.ui_client_picker_dialog import Ui_ClientPickerDialog


class ClientPickerDialog(QDialog):
    def __init__(self, ctx, title: str, parent: QWidget | None = None,
                 preselect: int | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ClientPickerDialog()
        ui.setupUi(self)
        self._title = title
        self.setWindowTitle(title)
        self.picker, self.buttons = ui.picker, ui.buttonBox
        self.choice: ClientChoice | None = None
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.current_changed.connect(self._current_changed)
        self.picker.chosen.connect(lambda _id: self.accept())
        self.picker.view.doubleClicked.connect(lambda _i: self.accept())
        self._current_changed()
        self.picker.load(ctx, preselect)
        self.picker.search.setFocus()
        self.resize(480, 420)

    def _current_changed(self) -> None:
        self.ok_button.setEnabled(self.picker.current() is not None)

    def accept(self) -> None:
        if self.choice is not None:
            return  # Enter reaches both the search field and the default button
        self.choice = self.picker.current()
        if self.choice is not None:
            super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.setWindowTitle(self._title)
        super().changeEvent(event)
