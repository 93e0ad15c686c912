"""The rows of one Heute section as a table: date, case number, name, what.

On the shared `RowTableModel` (rows, headers, counts). Overdue rows are red, their date
bold; `ItemRole` gives the `TodayItem` of a row, `SortRole` a sortable key. Tested
without a view (tests/gui/today/test_today_model.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mfd_desktop.domain import today
from mfd_desktop.gui.dates import format_date
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render

OVERDUE_COLOR = QColor("#a61b1b")
ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class TodayTableModel(RowTableModel):
    """Rows of one Heute section. Columns: date, case number, name, what."""

    COLUMNS = 4
    DATE, CASE, NAME, WHAT = range(4)

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_items(self, items: list[today.TodayItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> today.TodayItem:
        return self.rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(item.date) if item.date else ""
            if column == self.CASE:
                return item.case_number
            if column == self.NAME:
                return item.client_name
            return render(item.text, current_language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return render(item.text, current_language())
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and item.overdue and column == self.DATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole:
            return item
        if role == SortRole:
            return (item.date or dt.date.max).isoformat() if column == self.DATE else \
                self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
