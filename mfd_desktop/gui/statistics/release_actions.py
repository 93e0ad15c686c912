"""The Statistik page's actions (a mixin of `StatisticsPage`): „Freigeben…“ stores
exactly the previewed payload in the outbox after a confirmation; „PDF speichern…“ writes
the Statistik-PDF from the released figures in a worker. Texts are translated in the
page's Linguist context ("StatisticsPage")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mfd_desktop.errors import UserError
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.statistics import loading
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.settings import SITE_NAME, SITE_TRAEGER
from mfd_desktop.stats.payload_builder import load_config
from mfd_desktop.stats.periods import Period


def failure_text(failure: TaskFailure) -> str:
    """A worker's failure in the display language (a UserError renders its message)."""
    if isinstance(failure.error, UserError):
        return failure.error.render(current_language())
    return failure.message


def period_label(period: Period) -> str:
    """'3. Quartal 2026' in the German app, 'Q3 2026' in the English one."""
    return period.label.render(current_language())


class ReleaseActionsMixin:
    """Release and PDF actions of `StatisticsPage` (uses its widgets and state)."""

    def confirm_release(self) -> None:
        preview = self.preview
        if preview is None or preview.payload is None or not preview.releasable:
            return
        question = QCoreApplication.translate(
            "StatisticsPage", "Release the statistics for %1 (revision %2)? Exactly the "
            "figures shown in the preview will be sent at the next transfer.")
        answer = QMessageBox.question(
            self, QCoreApplication.translate("StatisticsPage", "Release statistics"),
            question.replace("%1", period_label(preview.period))
            .replace("%2", str(preview.payload.revision)))
        if answer == QMessageBox.StandardButton.Yes:
            self.release_previewed()

    def release_previewed(self) -> None:
        """Store exactly the previewed payload in the outbox (after confirmation)."""
        preview, config = self.preview, self._config
        if preview is None or preview.payload is None or config is None:
            return
        self.release_button.setEnabled(False)
        self.ctx.tasks.run_with_connection(loading.release, preview.payload, config.release_kind,
                                           self._today(), on_done=self._released,
                                           on_error=self._release_failed)

    def _released(self, record) -> None:
        text = QCoreApplication.translate(
            "StatisticsPage", "%1 released as revision %2; it will be sent at the next "
            "transfer.")
        self.status.setText(text.replace("%1", record.period)
                            .replace("%2", str(record.revision)))
        self.released.emit(record.id)
        self.tabs.setCurrentIndex(2)
        self.refresh()

    def _release_failed(self, failure: TaskFailure) -> None:
        self.release_reason.setText(failure_text(failure))
        self.release_button.setEnabled(bool(self.preview and self.preview.releasable))

    def save_pdf(self) -> None:
        period = self.current_period()
        if period is None or not self.ctx.is_unlocked:
            return
        data = self.data
        if data is not None and data.period == period and data.released is None:
            error = data.released_error
            self.status.setText(error.render(current_language()) if error else "")
            return  # nothing released to print: say why instead of asking for a file
        suggested = str(Path.home() / f"Statistik-{period.key}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("StatisticsPage", "Save statistics PDF"),
            suggested, QCoreApplication.translate("StatisticsPage", "PDF files (*.pdf)"))
        if path:
            self.write_pdf_to(path)

    def write_pdf_to(self, path: str) -> None:
        period = self.current_period()
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        config = load_config(self.ctx.vault.conn, self.ctx.settings.get)
        self.pdf_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("StatisticsPage", "Creating the PDF…"))
        get = self.ctx.settings.get
        self.ctx.tasks.run_with_connection(loading.write_pdf, period, config, self._today(),
                                           path, get(SITE_NAME.key), get(SITE_TRAEGER.key),
                                           on_done=self._pdf_done, on_error=self._pdf_failed)

    def _pdf_done(self, path: str) -> None:
        self.pdf_button.setEnabled(True)
        saved = QCoreApplication.translate("StatisticsPage", "PDF saved: %1")
        self.status.setText(saved.replace("%1", path))
        self.pdf_written.emit(path)

    def _pdf_failed(self, failure: TaskFailure) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(failure_text(failure))

    def open_sachbericht(self) -> None:
        """„Sachbericht…“: the year's texts and the PDF for the funder."""
        from mfd_desktop.gui.statistics.sachbericht_dialog import SachberichtDialog

        if not self.ctx.is_unlocked:
            return
        period = self.current_period()
        year = period.start.year if period is not None and period.kind == "year" else None
        dialog = SachberichtDialog(self.ctx, year, self)
        dialog.exec()

