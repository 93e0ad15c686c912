"""The audit log viewer: who did what to which record, and when (ids only), plus the
chain check ("Protokoll prüfen").

Layout and texts: the form ui/audit_log_dialog.ui; the table model is
`audit_log_model.AuditLogModel`."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection.audit_log_model import (  # noqa: F401 - re-exported
    RECORD_TYPES,
    AuditLogModel,
    action_label,
    local_time,
)
from mfd_desktop.gui.forms.ui_audit_log_dialog import Ui_AuditLogDialog
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.storage import audit


class AuditLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._report: audit.AuditReport | None = None
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.intro, self.table, self.result = (self.ui.introLabel, self.ui.auditTable,
                                               self.ui.verifyResult)
        self.verify_button, self.buttons = self.ui.verifyButton, self.ui.buttonBox
        self.model = AuditLogModel(lambda: ctx.vault.conn if ctx.vault else None, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.verify_button.clicked.connect(self.verify)
        ctx.locking.connect(self._on_locking)
        self.model.reload()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
            self.model.relabel()
            self._show_report(self._report)  # a shown result, re-worded
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
