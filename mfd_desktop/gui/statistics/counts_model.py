"""The Statistik figures table: Category | Count for one section.

On the shared `RowTableModel`; the rows are `stats.presentation.Row`s. Hidden cells read
"." (or "mindestens N"), are grey, carry a tool tip saying why and sort as -1 (or their
lower bound). Tested without a view (tests/gui/statistics/test_counts_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.stats.presentation import Row

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QBrush(QColor("#666666"))


class CountsModel(RowTableModel):
    COLUMNS = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.relabel()

    def relabel(self) -> None:
        """Headers in the UI language (the page calls this after a language switch)."""
        self.headers = [self.tr("Category"), self.tr("Count")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if index.column() == 0 else row.text
        if role == SORT_ROLE:
            if index.column() == 0:
                return index.row()
            if row.value is None:
                return row.lower_bound if row.lower_bound else -1
            return row.value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.value is None:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and row.value is None:
            return self._hidden_reason(row)
        return None

    def _hidden_reason(self, row: Row) -> str:
        if row.small_unit:
            return self.tr("Not shown for data protection reasons: too few clients in "
                           "this period for any breakdown.")
        if row.lower_bound:
            return self.tr("At least this many: the sum of the released periods in which "
                           "this value is shown; in at least one it is not shown.")
        return self.tr("Not shown for data protection reasons: a small number, or a "
                       "value of any size hidden so that a small one cannot be worked "
                       "out.")
