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
    """Rows of one Heute section. Columns: date, case number, name, what.

    A view asks `data()` for about ten roles per cell, at each layout (the columns size
    to their contents): the roles answered here are checked first, and a row's four
    texts are rendered once per row and language (issue 21, startup)."""

    COLUMNS = 4
    DATE, CASE, NAME, WHAT = range(4)
    _ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, ItemRole, SortRole))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._texts_lang = ""

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(self, rows) -> None:
        self._texts = {}
        super().set_rows(rows)

    def set_items(self, items: list[today.TodayItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> today.TodayItem:
        return self.rows[row]

    def _row_texts(self, row: int) -> tuple[str, str, str, str]:
        lang = current_language()
        if lang != self._texts_lang:
            self._texts, self._texts_lang = {}, lang
        texts = self._texts.get(row)
        if texts is None:
            item = self.rows[row]
            texts = (format_date(item.date) if item.date else "", item.case_number,
                     item.client_name, render(item.text, lang))
            self._texts[row] = texts
        return texts

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_texts(index.row())[self.WHAT]
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOR) if item.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if item.overdue and column == self.DATE:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ItemRole:
            return item
        # SortRole
        return (item.date or dt.date.max).isoformat() if column == self.DATE else \
            self._row_texts(index.row())[column]
