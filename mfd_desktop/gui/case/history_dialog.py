"""„Neuer Eintrag…“ of a dated history on the Stammdaten form (Aufenthaltsstatus,
Arbeit/Ausbildung, Deutschkenntnisse): a value (or "–": not known from then on) valid
from a day; for the German level also whether a certificate was passed. Saved by the
form through domain/casework/history.py. Layout: ui/history_entry_dialog.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.domain.casework import history
from mfd_desktop.gui.forms.ui_history_entry_dialog import Ui_HistoryEntryDialog


class HistoryEntryDialog(QDialog):
    def __init__(self, kind: str, title: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.ui = Ui_HistoryEntryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        combo = self.ui.valueCombo
        combo.list_name = history.KINDS[kind]
        combo.fill(lang)
        language = kind == "language_level"
        self.ui.certificateCheck.setVisible(language)
        self.ui.certificateCheckLabel.setVisible(language)
        self.ui.validFromDate.set_iso(dt.date.today().isoformat())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        combo.setFocus()

    def values(self) -> dict:
        certificate = (self.ui.certificateCheck.isChecked()
                       if self.kind == "language_level" else None)
        return {"value": self.ui.valueCombo.key(), "valid_from": self.ui.validFromDate.iso(),
                "certificate": certificate}
