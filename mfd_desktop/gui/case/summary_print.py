"""Ctrl+P in the case view (a mixin of `CaseView`): the Fallübersicht PDF of the open
client, made in memory in a worker and shown in the print preview (gui/printing); nothing
is written to disk unless the user explicitly chooses "Als PDF speichern…" there. Texts
are translated in the view's Linguist context ("CaseView")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mfd_desktop.domain.casework import clients
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.tasks import TaskFailure, show_failure


def render_summary(conn, client_id: int) -> bytes:
    """Worker: the Fallübersicht PDF of one client, as bytes (never a file)."""
    from mfd_desktop.reports.case_summary import render_case_summary

    return render_case_summary(conn, client_id)


class PrintSummaryMixin:
    """`print_summary()` of `CaseView` (uses its client, print button and status line)."""

    print_preview = None  # the open preview (tests and screenshots look at it)

    def print_summary(self) -> None:
        if self.client_id is None or not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        self.status_line.setText(QCoreApplication.translate("CaseView",
                                                            "Creating the case summary…"))
        self.ctx.tasks.run_with_connection(render_summary, self.client_id, read_only=True,
                                           on_done=self._summary_ready,
                                           on_error=self._print_failed)

    def _summary_ready(self, pdf: bytes) -> None:
        self.print_button.setEnabled(True)
        self.status_line.clear()
        if self.client_id is None:
            return
        c = clients.get_client(self.ctx.vault.conn, self.client_id)
        # Translator: start of the suggested PDF file name, no spaces (German: "Fallübersicht")
        stem = QCoreApplication.translate("CaseView", "Case_summary", "file name")
        suggested = f"{stem}_{c.case_number}.pdf".replace("/", "-")
        title = QCoreApplication.translate("CaseView", "Print case summary %1").replace(
            "%1", c.case_number or "")
        self.print_preview = print_pdf(self, pdf, title=title, suggested_name=suggested)

    def _print_failed(self, failure: TaskFailure) -> None:
        self.print_button.setEnabled(True)
        self.status_line.clear()
        show_failure(failure, self)
