"""The rows of one Heute section as a table: date, case number, name, what.

On the shared `RowTableModel` (rows, headers, counts). Overdue rows are red, their date
bold; `ItemRole` gives the `TodayItem` of a row, `SortRole` a sortable key. "What" shows
the key text only (the rule, the document's name); the whole line (with the deadline's
note, the checklist item's state and checklist) is the tool tip and `full_text()`, and
a checklist item's state is an icon before its document (hollow: missing, filled:
requested). Tested without a view (tests/gui/today/test_today_model.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from mfd_desktop.domain import today
from mfd_desktop.gui.dates import format_date
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render

OVERDUE_COLOR = QColor("#a61b1b")
ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
STATE_COLOR = QColor("#b35c00")


def state_icon(state: str) -> QIcon | None:
    """A small circle for an open checklist item: hollow when the document is missing,
    filled when it was requested (the words are in the tool tip and the detail line).
    The model keeps its icons (no module-level Qt objects: they would outlive the app)."""
    if state not in ("fehlt", "angefordert"):
        return None
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(STATE_COLOR, 2))
    painter.setBrush(QBrush(STATE_COLOR) if state == "angefordert" else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(2, 2, 10, 10))
    painter.end()
    return QIcon(pixmap)


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

    def full_text(self, row: int) -> str:
        """The whole line of a row: its key text with the note, state or checklist."""
        item = self.rows[row]
        return render(item.full_text if item.full_text is not None else item.text,
                      current_language())

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
            return self.full_text(index.row())
        if role == Qt.ItemDataRole.DecorationRole and column == self.WHAT and item.state:
            icons = self.__dict__.setdefault("_state_icons", {})
            if item.state not in icons:
                icons[item.state] = state_icon(item.state)
            return icons[item.state]
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
