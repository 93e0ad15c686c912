"""„Löschfristen“: closed cases whose retention period has run out. The counsellor ticks
the cases, confirms, and they are deleted for real (in a worker: VACUUM takes a while).
Restricted cases are shown but cannot be ticked.

Layout and texts: the form ui/retention_dialog.ui; the table model is
`due_cases_model.DueCasesModel`."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from mfd_desktop.domain.dataprotection import retention
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection.due_cases_model import DueCasesModel, german  # noqa: F401
from mfd_desktop.gui.forms.ui_retention_dialog import Ui_RetentionDialog


class RetentionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, years: int | None = None,
                 today: dt.date | None = None, confirm=None):
        super().__init__(parent)
        self.ctx = ctx
        self.years = years or retention.years_from_settings(ctx.settings)
        self.today = today
        self._confirm = confirm or self._ask
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self.intro, self.table, self.status = (self.ui.introLabel, self.ui.dueTable,
                                               self.ui.retentionStatus)
        self.all_button, self.delete_button = self.ui.tickAllButton, self.ui.deleteButton
        self.buttons = self.ui.buttonBox
        self.model = DueCasesModel(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(self.model.check_all)
        self.delete_button.clicked.connect(self.delete_checked)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.intro.setText(self.tr(
            "Closed cases whose deletion period ({years} years after closing) has run out. Tick "
            "the cases to delete and confirm. Deletion is final; statistics already released "
            "keep their counts.").format(years=self.years))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
            self.model.relabel()
        super().changeEvent(event)

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
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().done(result)
