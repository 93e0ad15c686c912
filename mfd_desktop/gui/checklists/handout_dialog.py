"""„Handout drucken“: choose the second language, tick the client's name if wanted, save PDF.

The PDF is built in a worker (`ctx.tasks`) and written only to the file the user chose.
The client's name is printed only when the box is ticked (unticked by default).
Layout and fixed texts: the form ui/handout_dialog.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists.translations import (
    HANDOUT_LANGUAGES,
    language_name,
    load_translation,
)
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_handout_dialog import Ui_HandoutDialog
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.messages import render
from mfd_desktop.reports.handout import render_checklist_handout, render_template_handout
from mfd_desktop.reports.pdf_base import write_pdf


def _write_checklist_handout(conn, checklist_id: int, language: str, with_name: bool,
                             target: str) -> str:
    checklist = cc.get(conn, checklist_id)
    name = cc.client_display_name(conn, checklist.client_id) if with_name else None
    write_pdf(Path(target), render_checklist_handout(checklist, language, client_name=name))
    return target


def _write_template_handout(template, language: str, target: str) -> str:
    write_pdf(Path(target), render_template_handout(template, language))
    return target


class HandoutDialog(QDialog):
    written = Signal(str)  # the path, after the PDF was saved
    failed = Signal(str)

    def __init__(self, ctx, *, checklist_id: int | None = None, template=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.checklist_id = checklist_id
        self.template = template
        self.ui = ui = Ui_HandoutDialog()
        ui.setupUi(self)
        self.language, self.with_name, self.path = ui.languageCombo, ui.withNameCheck, ui.pathEdit
        self.review_note, self.status, self.buttons = ui.reviewNote, ui.statusLabel, ui.buttonBox
        self.language.addItem(self.tr("German only"), "de")
        for code in HANDOUT_LANGUAGES:  # names in the UI language, codes as printed
            self.language.addItem(f"{render(language_name(code), ui_language(ctx))} ({code})", code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.with_name.setChecked(False)
        self.with_name.setVisible(checklist_id is not None)
        ui.chooseButton.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._language_changed()

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code == "de":
            self.review_note.setText("")
            return
        tr = load_translation(code)
        unreviewed = tr.unreviewed_count()
        self.review_note.setText(
            self.tr("Translation not reviewed by a native speaker (%1 of %2 texts). The "
                    "handout says so.").replace("%1", str(unreviewed))
            .replace("%2", str(tr.total_count())) if unreviewed else "")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save handout"),
                                                    self.path.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def start(self) -> None:
        target = self.path.text().strip()
        if not target:
            self.status.setText(self.tr("Please choose where to save the PDF."))
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        language = self.language.currentData()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Creating the handout…"))
        if self.checklist_id is not None:
            self.ctx.tasks.run_with_connection(
                _write_checklist_handout, self.checklist_id, language,
                self.with_name.isChecked(), target, on_done=self._done, on_error=self._error)
        else:
            self.ctx.tasks.run(_write_template_handout, self.template, language, target,
                               on_done=self._done, on_error=self._error)

    def _done(self, path: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(self.tr("Handout saved."))
        self.written.emit(path)
        self.accept()

    def _error(self, failure: TaskFailure) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(failure.message)
        self.failed.emit(failure.message)
