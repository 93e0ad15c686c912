"""The transfer preview as a table: measure | breakdown | category | value, exactly the
payload that would be sent (rows of display texts, `presentation.payload_rows`).

On the shared `RowTableModel`. Tested without a view
(tests/gui/statistics/test_payload_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mfd_desktop.gui.row_table_model import RowTableModel


class PayloadModel(RowTableModel):
    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.relabel()

    def relabel(self) -> None:
        """Headers in the UI language (the page calls this after a language switch)."""
        self.headers = [self.tr("Measure"), self.tr("Breakdown"), self.tr("Category"),
                        self.tr("Value")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
