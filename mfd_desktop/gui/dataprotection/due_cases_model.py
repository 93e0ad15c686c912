"""Closed cases whose retention period has run out, with a tick box per case.

On the shared `RowTableModel` (rows, headers, counts); the rows are
`domain.dataprotection.retention.DueCase`. Restricted cases show a note and cannot be
ticked. `UserRole` gives the client id. Tested without a view
(tests/gui/dataprotection/test_due_cases_model.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from mfd_desktop.domain.dataprotection import retention
from mfd_desktop.gui.row_table_model import RowTableModel

HEADERS = (QT_TRANSLATE_NOOP("DueCasesModel", "Case number"),
           QT_TRANSLATE_NOOP("DueCasesModel", "Name"),
           QT_TRANSLATE_NOOP("DueCasesModel", "Closed on"),
           QT_TRANSLATE_NOOP("DueCasesModel", "Due since"),
           QT_TRANSLATE_NOOP("DueCasesModel", "Note"))


def german(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


class DueCasesModel(RowTableModel):
    CASE_NUMBER, NAME, CLOSED, DUE, NOTE = range(5)
    COLUMNS = len(HEADERS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[retention.DueCase] = []
        self.checked: set[int] = set()
        self.relabel()

    def relabel(self) -> None:
        """Headers and notes in the UI language (after a switch)."""
        self.headers = [QCoreApplication.translate("DueCasesModel", h) for h in HEADERS]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def set_rows(self, rows) -> None:
        """New rows; ticks stay on the cases that are still listed."""
        rows = list(rows)
        listed = {r.client_id for r in rows}
        self.checked = {c for c in self.checked if c in listed}
        super().set_rows(rows)

    def clear(self) -> None:
        self.set_rows([])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == self.CASE_NUMBER and not row.restricted:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.CASE_NUMBER:
            if row.restricted:
                return None
            return (Qt.CheckState.Checked if row.client_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CASE_NUMBER: row.case_number,
                self.NAME: row.display_name,
                self.CLOSED: german(row.closed_on),
                self.DUE: german(row.due_on),
                self.NOTE: self.tr("restricted (Art. 18)") if row.restricted else "",
            }[col]
        if role == Qt.ItemDataRole.UserRole:
            return row.client_id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.CASE_NUMBER:
            return False
        row = self.rows[index.row()]
        if row.restricted:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.client_id)
        else:
            self.checked.discard(row.client_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def check_all(self) -> None:
        self.checked = {r.client_id for r in self.rows if not r.restricted}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
