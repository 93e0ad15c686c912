"""Table model of the open deadlines and follow-ups across cases (Fristen page, tab 2).

Rows are `domain.deadlines.open_items.OpenRow`s. Overdue rows are red; `SORT_ROLE` gives
the due date as ISO text and the other columns case-folded. The page sets `headers` and
`kind_labels` in its `retranslate()`; rule names follow the display language when shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.deadlines.open_items import OpenRow
from mfd_desktop.gui.dates import format_date
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render

OVERDUE_COLOR = QColor("#a61b1b")


class OpenItemsModel(RowTableModel):
    DUE, KIND, CASE, NAME, WHAT, NOTE = range(6)
    COLUMNS = 6
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today()
        self.kind_labels = {"deadline": "deadline", "followup": "follow-up"}

    def set_rows(self, rows: list[OpenRow]) -> None:
        self.today = dt.date.today()
        super().set_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: OpenRow = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and row.due_on < self.today:
            return QBrush(OVERDUE_COLOR)
        if role == self.SORT_ROLE:
            if col == self.DUE:
                return row.due_on.isoformat()
            return self._text(row, col).casefold()
        return None

    def _text(self, row: OpenRow, col: int) -> str:
        if col == self.DUE:
            return format_date(row.due_on) + (" *" if row.overridden else "")
        if col == self.KIND:
            return self.kind_labels.get(row.kind, row.kind)
        if col == self.CASE:
            return row.case_number
        if col == self.NAME:
            return row.client_name
        if col == self.WHAT:
            return render(deadlines.rule_name(row.rule_key) if row.rule_key else row.what,
                          current_language())
        return row.note.splitlines()[0] if row.note else ""
