"""Ctrl+P in the case view (a mixin of `CaseView`): the Fallübersicht PDF of the open
client, made in a worker and saved where the user chooses. Texts are translated in the
view's Linguist context ("CaseView")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from mfd_desktop.domain.casework import clients
from mfd_desktop.gui.tasks import TaskFailure, show_failure


def render_and_write(conn, client_id: int, path: str) -> str:
    """Worker: the Fallübersicht PDF of one client, written where the user chose."""
    from mfd_desktop.reports.case_summary import render_case_summary
    from mfd_desktop.reports.pdf_base import write_pdf

    write_pdf(path, render_case_summary(conn, client_id))
    return path


class PrintSummaryMixin:
    """`print_summary()` of `CaseView` (uses its client, print button and status line)."""

    def print_summary(self) -> None:
        if self.client_id is None:
            return
        c = clients.get_client(self.ctx.vault.conn, self.client_id)
        # Translator: start of the suggested PDF file name, no spaces (German: "Fallübersicht")
        stem = QCoreApplication.translate("CaseView", "Case_summary", "file name")
        suggested = f"{stem}_{c.case_number}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("CaseView", "Save case summary"), suggested,
            QCoreApplication.translate("CaseView", "PDF files (*.pdf)"))
        if not path:
            return
        self.print_button.setEnabled(False)
        self.status_line.setText(QCoreApplication.translate("CaseView",
                                                            "Creating the case summary…"))
        self.ctx.tasks.run_with_connection(render_and_write, self.client_id, path, read_only=True,
                                           on_done=self._printed, on_error=self._print_failed)

    def _printed(self, path: str) -> None:
        self.print_button.setEnabled(True)
        saved = QCoreApplication.translate("CaseView", "Case summary saved: %1")
        self.status_line.setText(saved.replace("%1", path))

    def _print_failed(self, failure: TaskFailure) -> None:
        self.print_button.setEnabled(True)
        self.status_line.clear()
        show_failure(failure, self)
