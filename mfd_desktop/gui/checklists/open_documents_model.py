"""„Offene Unterlagen“ as a table: documents still missing or requested, across clients.

On the shared `RowTableModel` (rows, headers, counts); the rows are
`checklists.open_documents.OpenDocument`. `SORT_ROLE` sorts the due column by ISO date
(no date last); overdue rows are red. Tested without a view
(tests/gui/checklists/test_open_documents_model.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from mfd_desktop.checklists.open_documents import OpenDocument
from mfd_desktop.gui.checklists.models import OVERDUE, SORT_ROLE, state_label, texts_changed
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render


class OpenDocumentsModel(RowTableModel):
    COLUMN_KEYS = ("due", "case_number", "client", "checklist", "document", "state")
    COLUMNS = len(COLUMN_KEYS)

    def __init__(self, parent=None, language: str = "de"):
        super().__init__(parent)
        self.rows: list[OpenDocument] = []
        self.today = dt.date.today()
        self.language = language
        self._set_headers()

    def _set_headers(self) -> None:
        self.headers = [self.tr("Due"), self.tr("Case no."), self.tr("Client"),
                        self.tr("Checklist"), self.tr("Document"), self.tr("State")]

    def set_language(self, language: str) -> None:
        """Show template texts in `language`; rows and selection stay."""
        self.language = language
        self._set_headers()
        texts_changed(self)

    def row(self, index: int) -> OpenDocument:
        return self.rows[index]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = self.COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column != "due":
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # all of a cut text
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "due":
                return (r.sort_due or "9999") if role == SORT_ROLE else german_date(r.sort_due)
            return {"case_number": r.case_number, "client": r.client_name,
                    "checklist": render(r.title(), self.language),
                    "document": render(r.label(), self.language),
                    "state": state_label(r.state)}[column]
        if role == Qt.ItemDataRole.ForegroundRole and r.is_overdue(self.today):
            return OVERDUE
        return None
