"""The case tabs' read-only table: rows of display texts, an id per row, red alert rows.

On the shared `RowTableModel` (rows, headers, counts); the column count follows the
headers a tab sets in its `retranslate()`. Tested without a view
(tests/gui/case/test_rows_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.gui.row_table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
ALERT_COLOUR = "#8a1c1c"


class RowsModel(RowTableModel):
    """A small read-only table: rows of display texts, an id per row, optional red rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[int | None] = []
        self.alert: set[int] = set()

    def set_rows(self, rows: list[tuple], ids: list[int | None] | None = None,
                 alert: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.ids, self.alert = list(rows), list(ids or []), set(alert or ())
        self.endResetModel()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.alert:
            return QBrush(QColor(ALERT_COLOUR))
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None
