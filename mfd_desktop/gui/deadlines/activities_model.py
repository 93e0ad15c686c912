"""Table model of the Strukturarbeit log (Fristen page, tab 3).

Rows are `domain.casework.structural_work.Activity`s; minutes and participants are right
aligned ("" when participants were not counted). `SORT_ROLE` sorts dates by ISO text,
numbers as numbers (not counted before 0) and texts case-folded. The page sets `headers`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mfd_desktop.domain.casework.structural_work import Activity
from mfd_desktop.gui.dates import format_date
from mfd_desktop.gui.row_table_model import RowTableModel


class ActivitiesModel(RowTableModel):
    DATE, TYPE, MINUTES, PARTICIPANTS, NOTE = range(5)
    COLUMNS = 5
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a: Activity = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [format_date(a.held_on), a.type_label, str(a.duration_minutes),
                    "" if a.participants is None else str(a.participants), a.note][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MINUTES, self.PARTICIPANTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SORT_ROLE:
            return [a.held_on.isoformat(), a.type_label.casefold(), a.duration_minutes,
                    a.participants if a.participants is not None else -1, a.note.casefold()][col]
        return None
