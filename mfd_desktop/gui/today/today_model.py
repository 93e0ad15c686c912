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
    """Rows of one Heute section. Columns: date, case number, name, what.

    A view asks `data()` for about ten roles per cell, at each layout (the columns size
    to their contents): the roles answered here are checked first, and a row's four
    texts are rendered once per row and language (issue 21, startup)."""

    COLUMNS = 4
    DATE, CASE, NAME, WHAT = range(4)
    _ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
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

    def full_text(self, row: int) -> str:
        """The whole line of a row: its key text with the note, state or checklist."""
        item = self.rows[row]
        return render(item.full_text if item.full_text is not None else item.text,
                      current_language())

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(index.row())
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            if column != self.WHAT or not item.state:
                return None
            icons = self.__dict__.setdefault("_state_icons", {})
            if item.state not in icons:
                icons[item.state] = state_icon(item.state)
            return icons[item.state]
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
