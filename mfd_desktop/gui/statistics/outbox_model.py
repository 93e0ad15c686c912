"""The Postausgang table: every release with its sending status.

On the shared `RowTableModel`; the rows are `stats.release.ReleaseRecord`s. A release the
server refused is red, a replaced one grey; the last message is the stored key rendered
in the UI language. Tested without a view (tests/gui/statistics/test_outbox_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.stats.release import ReleaseRecord
from mfd_desktop.sync import messages as sync_messages

MUTED = QBrush(QColor("#666666"))
FAILED = QBrush(QColor("#a01818"))


class OutboxModel(RowTableModel):
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.relabel()

    def relabel(self) -> None:
        """Headers in the UI language (the page calls this after a language switch)."""
        self.headers = [self.tr("Period"), self.tr("Revision"), self.tr("Released"),
                        self.tr("Status"), self.tr("Attempts"), self.tr("Last message")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def status_text(self, status: str) -> str:
        return {
            "pending": self.tr("waiting to be sent"),
            "sent": self.tr("sent"),
            "failed": self.tr("refused by the server"),
            "superseded": self.tr("replaced by a newer revision"),
        }.get(status, status)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: ReleaseRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            released = r.released_at.replace("T", " ").rstrip("Z") + " UTC"
            return (r.period, str(r.revision), released, self.status_text(r.status),
                    str(r.attempts),
                    sync_messages.text_of(r.last_error_de, current_language()))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "failed":
            return FAILED
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "superseded":
            return MUTED
        return None
