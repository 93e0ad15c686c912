"""The Sachbericht dialog (Statistik page, „Sachbericht…“): the year's three texts and the
PDF for the funder.

The texts (Schwerpunkte, Kooperationen, Bedarfe) are kept in the vault
(stats/report_texts.py): saved with „Speichern“, before the PDF is written, when another
year is chosen and when the dialog closes — nothing typed is lost. The PDF is built in a
worker from the released figures only (reports/sachbericht.py) and written where the
counsellor chose; what the report misses (site details, an empty text, a quarter not
released) is listed below the texts. Layout: ui/sachbericht_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_sachbericht_dialog import Ui_SachberichtDialog
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.settings import SITE_ADDRESS, SITE_NAME, SITE_TRAEGER
from mfd_desktop.stats import report_texts
from mfd_desktop.stats.payload_builder import load_config


def write_sachbericht(conn, year: int, release_kind: str, site, path: str) -> list[str]:
    """Worker: collect, render and write the Sachbericht; the German notes on what it
    misses."""
    from mfd_desktop.reports import sachbericht
    from mfd_desktop.reports.pdf_base import write_pdf

    report = sachbericht.collect(conn, str(year), release_kind, site)
    write_pdf(Path(path), sachbericht.render_sachbericht_pdf(report))
    sachbericht.record_export(conn, report.period)
    return report.warnings()


class SachberichtDialog(QDialog):
    pdf_written = Signal(str)

    def __init__(self, ctx: AppContext, year: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SachberichtDialog()
        ui.setupUi(self)
        self.year_spin, self.status, self.pdf_button = ui.yearSpin, ui.statusLabel, ui.pdfButton
        self.edits = {"schwerpunkte": ui.focusEdit, "kooperationen": ui.cooperationEdit,
                      "bedarfe": ui.needsEdit}
        self._year = year or dt.date.today().year - 1
        self.year_spin.setMaximum(dt.date.today().year)
        self.year_spin.setValue(self._year)
        self._load()
        self.year_spin.valueChanged.connect(self._year_changed)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)

    # ----- texts ------------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def _load(self) -> None:
        stored = report_texts.load(self.ctx.vault.conn, str(self._year))
        for key, edit in self.edits.items():
            edit.setPlainText(stored[key])
        self._saved = self.texts()

    def save(self) -> bool:
        """Store the texts of the shown year; False (and the reason shown) if refused."""
        if self.texts() == self._saved:
            return True
        try:
            report_texts.save(self.ctx.vault.conn, str(self._year), self.texts())
        except UserError as exc:
            self.status.setText(gui_text(exc))
            return False
        self._saved = self.texts()
        self.status.setText(self.tr("Texts saved."))
        return True

    def _year_changed(self, year: int) -> None:
        if not self.save():  # keep what was typed: stay on the year until it is saved
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._year)
            self.year_spin.blockSignals(False)
            return
        self._year = year
        self._load()
        self.status.clear()

    def done(self, result: int) -> None:  # Close, Esc and the window's ×
        if self.ctx.is_unlocked and not self.save():
            return
        super().done(result)

    # ----- PDF --------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if not self.save():
            return
        suggested = str(Path.home() / f"Sachbericht-{self._year}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save annual report"), suggested, self.tr("PDF files (*.pdf)"))
        if path:
            self.write_pdf_to(path)

    def write_pdf_to(self, path: str) -> None:
        from mfd_desktop.reports.sachbericht import Site

        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        get = self.ctx.settings.get
        site = Site(get(SITE_NAME.key), get(SITE_TRAEGER.key), get(SITE_ADDRESS.key))
        config = load_config(self.ctx.vault.conn, get)
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Creating the PDF…"))
        self.ctx.tasks.run_with_connection(
            write_sachbericht, self._year, config.release_kind, site, path,
            on_done=lambda notes: self._pdf_done(path, notes), on_error=self._pdf_failed)

    def _pdf_done(self, path: str, notes: list[str]) -> None:
        self.pdf_button.setEnabled(True)
        # the notes are German like the report itself
        lines = [self.tr("PDF saved: %1").replace("%1", path), *notes]
        self.status.setText("\n".join(lines))
        self.pdf_written.emit(path)

    def _pdf_failed(self, failure: TaskFailure) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(failure.message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
