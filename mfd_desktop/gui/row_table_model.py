"""A table model over a list of row objects with translatable column headers.

Subclasses set `COLUMNS` (the column count) and implement `data()`; the view's page
sets `headers` in its `retranslate()`. Tested through the pages that use it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel):
    COLUMNS = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers: list[str] = [""] * self.COLUMNS

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        """The row object shown in row `index`."""
        return self.rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # getattr: while Python tears a model down (its attributes already cleared) a
            # dying view may still ask for its headers.
            headers = getattr(self, "headers", ())
            return headers[section] if 0 <= section < len(headers) else None
        return None
