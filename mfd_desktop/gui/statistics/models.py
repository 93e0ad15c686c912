"""Table models of the Statistik view (tested without views)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.gui.i18n import current_language
from mfd_desktop.stats.presentation import Row
from mfd_desktop.stats.release import ReleaseRecord
from mfd_desktop.sync import messages as sync_messages

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QBrush(QColor("#666666"))
FAILED = QBrush(QColor("#a01818"))


class _Rows(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class CountsModel(_Rows):
    """Category | Count; hidden cells read "." (or "mindestens N") and sort as -1 (or
    their lower bound)."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Category"), self.tr("Count"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Row = self._rows[index.row()]
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
            if row.small_unit:
                return self.tr("Not shown for data protection reasons: too few clients in "
                               "this period for any breakdown.")
            if row.lower_bound:
                return self.tr("At least this many: the sum of the released periods in which "
                               "this value is shown; in at least one it is not shown.")
            return self.tr("Not shown for data protection reasons: a small number, or a "
                           "value of any size hidden so that a small one cannot be worked "
                           "out.")
        return None


class PayloadModel(_Rows):
    """The payload as it will be sent: measure | breakdown | category | value."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Measure"), self.tr("Breakdown"), self.tr("Category"), self.tr("Value"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OutboxModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Period"), self.tr("Revision"), self.tr("Released"), self.tr("Status"),
                self.tr("Attempts"), self.tr("Last message"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: ReleaseRecord = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            released = r.released_at.replace("T", " ").rstrip("Z") + " UTC"
            status = {
                "pending": self.tr("waiting to be sent"),
                "sent": self.tr("sent"),
                "failed": self.tr("refused by the server"),
                "superseded": self.tr("replaced by a newer revision"),
            }.get(r.status, r.status)
            return (r.period, str(r.revision), released, status, str(r.attempts),
                    sync_messages.text_of(r.last_error_de, current_language()))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "failed":
            return FAILED
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "superseded":
            return MUTED
        return None
