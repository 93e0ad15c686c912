"""The audit log viewer: who did what to which record, and when (ids only), plus the
chain check ("Protokoll prüfen")."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.storage import audit

RECORD_TYPES = {
    "client": QT_TRANSLATE_NOOP("AuditLogModel", "Client"),
    "consent": QT_TRANSLATE_NOOP("AuditLogModel", "Consent"),
    "referral": QT_TRANSLATE_NOOP("AuditLogModel", "Referral"),
    "consultation": QT_TRANSLATE_NOOP("AuditLogModel", "Consultation"),
}


# What each action is called in the viewer. The German translations (dataprotection_de.ts)
# say exactly what `audit.ACTION_LABELS_DE` says (a test compares them), so German stays
# the one wording counsellors see; the stored log keeps only the action key.
ACTION_LABELS = {
    "backup.created": QT_TRANSLATE_NOOP("AuditLogModel", "Backup created"),
    "backup.auto_created": QT_TRANSLATE_NOOP("AuditLogModel", "Automatic backup created"),
    "backup.restored": QT_TRANSLATE_NOOP("AuditLogModel", "Backup restored"),
    "client.created": QT_TRANSLATE_NOOP("AuditLogModel", "Client created"),
    "client.disclosure_exported": QT_TRANSLATE_NOOP("AuditLogModel",
                                                    "Disclosure (Art. 15) exported"),
    "client.deleted": QT_TRANSLATE_NOOP("AuditLogModel", "Client deleted"),
    "client.retention_deleted": QT_TRANSLATE_NOOP("AuditLogModel",
                                                  "Deleted after the retention period"),
    "client.anonymised": QT_TRANSLATE_NOOP("AuditLogModel", "Client anonymised"),
    "client.restricted": QT_TRANSLATE_NOOP("AuditLogModel", "Processing restricted"),
    "client.unrestricted": QT_TRANSLATE_NOOP("AuditLogModel", "Restriction lifted"),
    "client.retention_hold": QT_TRANSLATE_NOOP("AuditLogModel", "Retention period suspended"),
    "record.corrected": QT_TRANSLATE_NOOP("AuditLogModel", "Entry corrected"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("AuditLogModel", "Consent withdrawn"),
    "referral.consent_withdrawn_marked": QT_TRANSLATE_NOOP(
        "AuditLogModel", "Referral marked after withdrawal"),
    "case.transfer_exported": QT_TRANSLATE_NOOP("AuditLogModel", "Case exported for handover"),
    "case.transfer_imported": QT_TRANSLATE_NOOP("AuditLogModel", "Handed-over case imported"),
    "audit.verified": QT_TRANSLATE_NOOP("AuditLogModel", "Log checked"),
}


def action_label(entry: audit.AuditEntry) -> str:
    """The action in the UI language; an action this version has no label for shows the
    stored German label (or its key)."""
    source = ACTION_LABELS.get(entry.action)
    return QCoreApplication.translate("AuditLogModel", source) if source else entry.label_de


def local_time(iso: str) -> str:
    import datetime as dt

    try:
        stamp = dt.datetime.strptime(iso[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return iso
    return stamp.astimezone().strftime("%d.%m.%Y %H:%M:%S")


_ROOT = QModelIndex()

class AuditLogModel(QAbstractTableModel):
    """Newest first; loads in pages of `PAGE` entries as the view scrolls (canFetchMore)."""

    PAGE = 500
    HEADERS = (QT_TRANSLATE_NOOP("AuditLogModel", "No."),
               QT_TRANSLATE_NOOP("AuditLogModel", "When"),
               QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
               QT_TRANSLATE_NOOP("AuditLogModel", "What"),
               QT_TRANSLATE_NOOP("AuditLogModel", "Record"))

    def __init__(self, conn_provider, parent=None):
        super().__init__(parent)
        self._conn = conn_provider
        self.rows: list[audit.AuditEntry] = []
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        conn = self._conn()
        self._total = audit.count(conn) if conn is not None else 0
        self.rows = audit.entries(conn, limit=self.PAGE) if conn is not None else []
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self._total = [], 0
        self.endResetModel()

    def relabel(self) -> None:
        """After a language change: headers and action labels are read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self.rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt API
        conn = self._conn()
        if conn is None:
            return
        more = audit.entries(conn, limit=self.PAGE, offset=len(self.rows))
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows += more
        self.endInsertRows()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditLogModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return e.seq
        if col == 1:
            return local_time(e.at)
        if col == 2:
            return e.actor
        if col == 3:
            return action_label(e)
        if e.record_type is None:
            return ""
        kind = RECORD_TYPES.get(e.record_type)
        label = QCoreApplication.translate("AuditLogModel", kind) if kind else e.record_type
        return f"{label} {e.record_id or ''}".strip()


class AuditLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = AuditLogModel(lambda: ctx.vault.conn if ctx.vault else None, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self)
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.model.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.intro.setText(self.tr("Every export, deletion, restriction, correction, consent "
                                   "withdrawal and backup is recorded here with time and "
                                   "profile — never with names or notes. The entries are "
                                   "chained, so a changed or removed entry shows when checked."))
        self.verify_button.setText(self.tr("Check log"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.relabel()
            self._show_report(getattr(self, "_report", None))  # a shown result, re-worded
        super().changeEvent(event)

    def _show_report(self, report: audit.AuditReport | None) -> None:
        """The check's result; the findings in the display language."""
        self._report = report
        if report is None:
            return
        if report.ok:
            self.result.setText(self.tr("Log intact: {count} entries, chain complete.")
                                .format(count=report.entries))
        else:
            self.result.setText(self.tr("The log has been changed:") + " "
                                + " ".join(report.texts(current_language())))

    def verify(self) -> int:
        return self.ctx.tasks.run_with_connection(audit.verify, read_only=True,
                                                  on_done=self._show_report,
                                                  on_error=lambda f: self.result.setText(f.message))

    def _on_locking(self) -> None:
        self.model.clear()
        self.reject()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().done(result)
