"""Calendar export: range and the case-number choice, with the warning that nothing
personal is included unless case numbers are ticked. Layout: ui/ics_export_dialog.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.gui.dates import from_qdate, to_qdate
from mfd_desktop.gui.forms.ui_ics_export_dialog import Ui_IcsExportDialog


class IcsExportDialog(QDialog):
    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_IcsExportDialog()
        ui.setupUi(self)
        ui.fromEdit.setDate(to_qdate(start))
        ui.toEdit.setDate(to_qdate(end))
        ui.caseNumbersCheck.toggled.connect(self._show_privacy)
        ui.fromEdit.dateChanged.connect(self._check_range)
        ui.toEdit.dateChanged.connect(self._check_range)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()

    def range(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())

    def with_case_numbers(self) -> bool:
        return self.ui.caseNumbersCheck.isChecked()

    def _check_range(self, *_args) -> None:
        start, end = self.range()
        ok = end >= start
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ui.errorLabel.setText("" if ok else self.tr("The last day is before the first."))

    def _show_privacy(self, *_args) -> None:
        if self.with_case_numbers():
            text = self.tr("The file will contain the case numbers of the appointments (never "
                           "names, notes or languages). Only keep it where case data may be "
                           "kept – not on a mail or calendar server outside the office.")
        else:
            text = self.tr("Nothing personal is included: every appointment is called "
                           "\"Termin (MFD)\" with its kind and place only – no names, notes, "
                           "languages or case numbers.")
        self.ui.privacyLabel.setText(text)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Export…"))
        self._show_privacy()
        self._check_range()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
