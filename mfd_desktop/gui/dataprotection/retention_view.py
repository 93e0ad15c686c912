"""„Löschfristen“: closed cases whose retention period has run out. The counsellor ticks
the cases, confirms, and they are deleted for real (in a worker: VACUUM takes a while).
Restricted cases are shown but cannot be ticked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain.dataprotection import retention
from mfd_desktop.gui.context import AppContext


def german(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


_ROOT = QModelIndex()

class DueCasesModel(QAbstractTableModel):
    CASE_NUMBER, NAME, CLOSED, DUE, NOTE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("DueCasesModel", "Case number"),
               QT_TRANSLATE_NOOP("DueCasesModel", "Name"),
               QT_TRANSLATE_NOOP("DueCasesModel", "Closed on"),
               QT_TRANSLATE_NOOP("DueCasesModel", "Due since"),
               QT_TRANSLATE_NOOP("DueCasesModel", "Note"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[retention.DueCase] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: list[retention.DueCase]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = {c for c in self.checked if any(r.client_id == c for r in self.rows)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DueCasesModel", self.HEADERS[section])
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == self.CASE_NUMBER and not row.restricted:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.CASE_NUMBER:
            if row.restricted:
                return None
            return (Qt.CheckState.Checked if row.client_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CASE_NUMBER: row.case_number,
                self.NAME: row.display_name,
                self.CLOSED: german(row.closed_on),
                self.DUE: german(row.due_on),
                self.NOTE: self.tr("restricted (Art. 18)") if row.restricted else "",
            }[col]
        if role == Qt.ItemDataRole.UserRole:
            return row.client_id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.CASE_NUMBER:
            return False
        row = self.rows[index.row()]
        if row.restricted:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.client_id)
        else:
            self.checked.discard(row.client_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def check_all(self) -> None:
        self.checked = {r.client_id for r in self.rows if not r.restricted}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))


class RetentionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, years: int | None = None,
                 today: dt.date | None = None, confirm=None):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.ctx = ctx
        self.years = years or retention.years_from_settings(ctx.settings)
        self.today = today
        self._confirm = confirm or self._ask
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = DueCasesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(self.model.check_all)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_checked)
        self.status = QLabel(self)
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deletion periods"))
        self.intro.setText(self.tr(
            "Closed cases whose deletion period ({years} years after closing) has run out. Tick "
            "the cases to delete and confirm. Deletion is final; statistics already released "
            "keep their counts.").format(years=self.years))
        self.all_button.setText(self.tr("Tick all"))
        self.delete_button.setText(self.tr("Delete ticked cases…"))

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            self.model.clear()
            return
        rows = retention.due_for_deletion(self.ctx.vault.conn, years=self.years, today=self.today)
        self.model.set_rows(rows)
        if not rows:
            self.status.setText(self.tr("No case is due for deletion."))
        self.delete_button.setEnabled(bool(rows))

    def _ask(self, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete cases"),
            self.tr("Delete {count} case(s) with everything that belongs to them for good? "
                    "This cannot be undone.").format(count=count))
        return answer == QMessageBox.StandardButton.Yes

    def delete_checked(self) -> int | None:
        chosen = sorted(self.model.checked)
        if not chosen:
            self.status.setText(self.tr("Please tick the cases to delete first."))
            return None
        if not self._confirm(len(chosen)):
            return None
        self.delete_button.setEnabled(False)
        self.status.setText(self.tr("Deleting…"))
        years, today = self.years, self.today

        def work(conn):
            return retention.delete_due(conn, chosen, years=years, today=today)

        return self.ctx.tasks.run_with_connection(work, on_done=self._deleted,
                                                  on_error=self._failed)

    def _deleted(self, count: int) -> None:
        self.model.checked.clear()
        self.refresh()
        self.status.setText(self.tr("{count} case(s) deleted.").format(count=count))

    def _failed(self, failure) -> None:
        self.delete_button.setEnabled(True)
        self.status.setText(failure.message)

    def _on_locking(self) -> None:
        self.model.clear()
        self.reject()

    def done(self, result: int) -> None:
        import contextlib

        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().done(result)
