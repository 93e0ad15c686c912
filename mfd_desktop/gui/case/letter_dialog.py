"""„Schreiben…“ in the case view: a letter filled from the case, edited, printed.

The counsellor picks a template (sorted by title), the client's language, the office,
the deadline entry and (for a Terminbestätigung) the appointment; each choice fills the
text again from the case (domain/letters/fill.py). The text per language is editable.
„Drucken…“ renders the PDF in a worker and opens the print preview (gui/printing, pages
rendered in memory); once the preview was accepted (printed) a copy is kept in the case
(domain/letters/kept.py: encrypted attachment + db/0016). „Als PDF speichern…“ warns that
the file is not encrypted first, then keeps the same copy. Templates can be imported and
exported here (letter_template_files.py). Layout: ui/letter_dialog.ui.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mfd_desktop.checklists.translations import language_name
from mfd_desktop.domain.appointments import appointments
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.letters import fill, kept
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.letter_template_files import KEY_ROLE, LetterTemplateFilesMixin
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_letter_dialog import Ui_LetterDialog
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.printing.pdf_printer import write_unencrypted_pdf
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.messages import format_date, render
from mfd_desktop.reports.letter import render_letter


class LetterDialog(LetterTemplateFilesMixin, QDialog):
    letter_kept = Signal(int)  # the letters row id of a kept copy
    preview_opened = Signal(object)  # the print preview (tests look at it)

    def __init__(self, ctx, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.letter: fill.FilledLetter | None = None
        self.preview = None
        self.saved_path: str | None = None
        self.ui = ui = Ui_LetterDialog()
        ui.setupUi(self)
        self.edits = (ui.firstEdit, ui.secondEdit)
        ui.appointmentDate.setDate(QDate.currentDate().addDays(1))
        ui.appointmentTime.setTime(QTime(10, 0))
        self._prefill_next_appointment()
        self.fill_template_list()
        self._fill_offices()
        ui.templateList.currentRowChanged.connect(self._template_changed)
        for combo in (ui.languageCombo, ui.officeCombo, ui.deadlineCombo):
            combo.currentIndexChanged.connect(self.refill)
        ui.appointmentDate.dateChanged.connect(self.refill)
        ui.appointmentTime.timeChanged.connect(self.refill)
        ui.appointmentPlace.editingFinished.connect(self.refill)
        ui.refillButton.clicked.connect(self.refill)
        ui.printButton.clicked.connect(self.print_letter)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.closeButton.clicked.connect(self.reject)
        # The text holds the client's data: it never stays on screen behind the lock
        # screen (an edit not yet printed is lost; the case refills it).
        ctx.locking.connect(self.reject)
        ui.importButton.clicked.connect(lambda: self.import_template())
        ui.exportButton.clicked.connect(lambda: self.export_template())
        if ui.templateList.count():
            ui.templateList.setCurrentRow(0)

    # ----- choices ------------------------------------------------------------------------

    @property
    def conn(self):
        return self.ctx.vault.conn

    def _prefill_next_appointment(self) -> None:
        """A Terminbestätigung confirms the client's next appointment under Termine, if any."""
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.vault.conn
        today = dt.date.today()
        now = dt.datetime.now()
        upcoming = [a for a in appointments.list_range(conn, today,
                                                       today + dt.timedelta(days=366),
                                                       client_id=self.client_id)
                    if a.start >= now]
        if not upcoming:
            return
        nxt = upcoming[0]
        place = ""
        if nxt.place_kind == "outreach":
            names = {p.id: p.name
                     for p in appointments.outreach_places(conn, include_inactive=True)}
            place = names.get(nxt.outreach_place_id or 0, "")
        elif nxt.place_kind != "office":
            place = nxt.place_text
        ui = self.ui
        ui.appointmentDate.setDate(QDate(nxt.date.year, nxt.date.month, nxt.date.day))
        hour, minute = (int(p) for p in nxt.start_time.split(":"))
        ui.appointmentTime.setTime(QTime(hour, minute))
        ui.appointmentPlace.setText(place)

    def template(self):
        item = self.ui.templateList.currentItem()
        return self.templates.get(item.data(KEY_ROLE)) if item is not None else None

    def select_template(self, key: str) -> None:
        for row in range(self.ui.templateList.count()):
            if self.ui.templateList.item(row).data(KEY_ROLE) == key:
                self.ui.templateList.setCurrentRow(row)
                return

    def select_language(self, code: str) -> None:
        index = self.ui.languageCombo.findData(code)
        if index >= 0:
            self.ui.languageCombo.setCurrentIndex(index)

    def _language_label(self, code: str) -> str:
        if code == "de":
            return self.tr("German only")
        return f"{render(language_name(code), ui_language(self.ctx))} ({code})"

    def _fill_offices(self) -> None:
        combo = self.ui.officeCombo
        combo.addItem(self.tr("– none –"), None)
        for office in fill.offices(self.conn, self.client_id):
            combo.addItem(office.name, office.key)

    def _fill_deadlines(self, template) -> None:
        """The open deadline entries the template may name, the nearest preselected."""
        combo = self.ui.deadlineCombo
        combo.clear()
        combo.addItem(self.tr("– none –"), None)
        for choice in fill.deadline_choices(self.conn, self.client_id, template):
            name = gui_text(deadlines.rule_name(choice.rule_key))
            combo.addItem(f"{format_date(choice.due_on)} – {name}", choice.id)
        if combo.count() > 1:
            combo.setCurrentIndex(1)  # the nearest open deadline

    def _template_changed(self) -> None:
        template = self.template()
        if template is None:
            return
        ui = self.ui
        previous = ui.languageCombo.currentData()
        ui.languageCombo.blockSignals(True)
        ui.officeCombo.blockSignals(True)
        ui.deadlineCombo.blockSignals(True)
        self._fill_deadlines(template)
        ui.languageCombo.clear()
        for code in template.languages:
            ui.languageCombo.addItem(self._language_label(code), code)
        spoken = [code for code in self._client_languages() if code in template.languages]
        wanted = previous if previous in template.languages and previous != "de" else (
            spoken[0] if spoken else "de")
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(wanted)))
        office = fill.default_office(self.conn, self.client_id, template)
        ui.officeCombo.setCurrentIndex(max(0, ui.officeCombo.findData(office.key))
                                       if office else 0)
        ui.officeCombo.setEnabled(template.office != "none")
        ui.languageCombo.blockSignals(False)
        ui.officeCombo.blockSignals(False)
        ui.deadlineCombo.blockSignals(False)
        uses = " ".join(p for t in template.texts.values() for p in t.paragraphs)
        for widget in (ui.appointmentDate, ui.appointmentTime, ui.appointmentPlace):
            widget.setEnabled("{appointment." in uses)
        ui.deadlineCombo.setEnabled("{deadline." in uses)
        note = template.note or ""
        ui.noteLabel.setText(self.tr("Note: %1").replace("%1", note) if note else "")
        self.refill()

    def _client_languages(self) -> list[str]:
        from mfd_desktop.domain.casework import clients

        # Dari speakers read the Persian (Farsi) texts: same script, mutually intelligible
        return [{"prs": "fa"}.get(code, code)
                for code in clients.get_client(self.conn, self.client_id).languages]

    # ----- the text -----------------------------------------------------------------------

    def refill(self) -> None:
        """Fill the text from the case again (the counsellor's edits are replaced)."""
        template = self.template()
        if template is None:
            return
        ui = self.ui
        office_key = ui.officeCombo.currentData()
        day = ui.appointmentDate.date()
        appointment = fill.Appointment(
            day.toPython(), ui.appointmentTime.time().toString("HH:mm"),
            ui.appointmentPlace.text().strip()) if ui.appointmentDate.isEnabled() else None
        try:
            self.letter = fill.fill(
                self.conn, self.client_id, template, ui.languageCombo.currentData() or "de",
                service=fill.service_from(self.ctx.settings.get),
                office=fill.find_office(office_key) if office_key else None,
                deadline_id=ui.deadlineCombo.currentData(), appointment=appointment,
                default_office_if_none=False)
        except UserError as exc:  # e.g. the deadline was deleted meanwhile
            ui.statusLabel.setText(gui_text(exc))
            return
        sections = self.letter.sections
        for index, edit in enumerate(self.edits):
            visible = index < len(sections)
            ui.textTabs.setTabVisible(index, visible)
            edit.setPlainText(sections[index].text if visible else "")
            if visible:
                ui.textTabs.setTabText(index, self._section_title(sections[index].language))
        ui.textTabs.setCurrentIndex(0)
        unreviewed = [s.language for s in sections if not s.reviewed]
        ui.reviewNote.setText(self.tr("The translation is not reviewed by a native speaker; "
                                      "the letter says so.") if unreviewed else "")
        ui.statusLabel.clear()

    def _section_title(self, code: str) -> str:
        return self.tr("German") if code == "de" else render(language_name(code),
                                                             ui_language(self.ctx))

    def edited_letter(self) -> fill.FilledLetter | None:
        if self.letter is None:
            return None
        texts = {section.language: self.edits[index].toPlainText()
                 for index, section in enumerate(self.letter.sections)}
        return self.letter.with_texts(texts)

    # ----- printing and saving ------------------------------------------------------------

    def _render(self, then) -> None:
        try:
            letter = self.edited_letter()
        except UserError as exc:  # text too long
            self.ui.statusLabel.setText(gui_text(exc))
            return
        if letter is None:
            return
        self._busy(True)
        self.ui.statusLabel.setText(self.tr("Creating the PDF…"))
        self.ctx.tasks.run(render_letter, letter, on_done=lambda pdf: then(letter, pdf),
                           on_error=self._failed)

    def print_letter(self) -> None:
        self._render(self._open_preview)

    def _open_preview(self, letter: fill.FilledLetter, pdf: bytes) -> None:
        self._busy(False)
        self.ui.statusLabel.clear()
        title = self.tr("Print letter: %1").replace("%1", letter.title)
        self.preview = print_pdf(self, pdf, title=title,
                                 suggested_name=kept.file_name(letter, letter.created))
        self.preview.accepted.connect(lambda: self._keep(letter, pdf))
        self.preview_opened.emit(self.preview)

    def save_pdf(self) -> None:
        self._render(self._save)

    def _save(self, letter: fill.FilledLetter, pdf: bytes) -> None:
        self._busy(False)
        self.ui.statusLabel.clear()
        answer = QMessageBox.warning(
            self, self.tr("Save as PDF"),
            self.tr("The PDF file will not be encrypted. Anyone who can open the folder can "
                    "read it. Save it only where it is protected, and delete it when it is no "
                    "longer needed."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), kept.file_name(letter, letter.created),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.saved_path = write_unencrypted_pdf(path, pdf)
        self._keep(letter, pdf)

    def _keep(self, letter: fill.FilledLetter, pdf: bytes) -> None:
        self.ui.statusLabel.setText(self.tr("Keeping a copy in the case…"))
        self.ctx.tasks.run_with_connection(kept.keep_printed, letter, pdf,
                                           on_done=self._kept, on_error=self._failed)

    def _kept(self, letter_id: int) -> None:
        self.ui.statusLabel.setText(self.tr("A copy of the letter was kept in the case "
                                            "(Attachments)."))
        self.letter_kept.emit(letter_id)

    def _failed(self, failure: TaskFailure) -> None:
        self._busy(False)
        self.ui.statusLabel.setText(failure.message)

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.printButton, self.ui.savePdfButton, self.ui.refillButton):
            button.setEnabled(not busy)
