"""The audit log as a table: newest first, loaded in pages as the view scrolls.

On the shared `RowTableModel` (rows, headers, counts); the rows are
`storage.audit.AuditEntry`. Headers and action labels are in the UI language
(`relabel()` after a switch). Tested without a view
(tests/gui/dataprotection/test_audit_log_model.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.storage import audit

_ROOT = QModelIndex()
_CONTEXT = "AuditLogModel"

RECORD_TYPES = {
    "client": QT_TRANSLATE_NOOP("AuditLogModel", "Client"),
    "consent": QT_TRANSLATE_NOOP("AuditLogModel", "Consent"),
    "referral": QT_TRANSLATE_NOOP("AuditLogModel", "Referral"),
    "consultation": QT_TRANSLATE_NOOP("AuditLogModel", "Consultation"),
}

HEADERS = (QT_TRANSLATE_NOOP("AuditLogModel", "No."),
           QT_TRANSLATE_NOOP("AuditLogModel", "When"),
           QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
           QT_TRANSLATE_NOOP("AuditLogModel", "What"),
           QT_TRANSLATE_NOOP("AuditLogModel", "Record"))


def action_label(entry: audit.AuditEntry) -> str:
    """The action in the UI language (the message catalogue, like the command line's
    German); an action this version does not know shows its key."""
    return gui_text(entry.label())


def local_time(iso: str) -> str:
    try:
        stamp = dt.datetime.strptime(iso[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return iso
    return stamp.astimezone().strftime("%d.%m.%Y %H:%M:%S")


class AuditLogModel(RowTableModel):
    """Newest first; loads in pages of `PAGE` entries as the view scrolls (canFetchMore)."""

    PAGE = 500
    SEQ, WHEN, WHO, WHAT, RECORD = range(5)
    COLUMNS = len(HEADERS)

    def __init__(self, conn_provider: Callable[[], object | None], parent=None):
        super().__init__(parent)
        self._conn = conn_provider
        self._total = 0
        self.relabel()

    def reload(self) -> None:
        conn = self._conn()
        self._total = audit.count(conn) if conn is not None else 0
        self.set_rows(audit.entries(conn, limit=self.PAGE) if conn is not None else [])

    def clear(self) -> None:
        self._total = 0
        self.set_rows([])

    def relabel(self) -> None:
        """After a language change: headers and action labels are read again."""
        self.headers = [QCoreApplication.translate(_CONTEXT, h) for h in HEADERS]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self.rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt API
        conn = self._conn()
        if conn is None or not self.canFetchMore(parent):
            return
        more = audit.entries(conn, limit=self.PAGE, offset=len(self.rows))
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows += more
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        col = index.column()
        if col == self.SEQ:
            return e.seq
        if col == self.WHEN:
            return local_time(e.at)
        if col == self.WHO:
            return e.actor
        if col == self.WHAT:
            return action_label(e)
        if e.record_type is None:
            return ""
        kind = RECORD_TYPES.get(e.record_type)
        label = QCoreApplication.translate(_CONTEXT, kind) if kind else e.record_type
        return f"{label} {e.record_id or ''}".strip()
