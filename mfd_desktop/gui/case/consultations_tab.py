"""The Beratungen tab of the case view: consultations of one client, a note kept as an
encrypted draft while it is typed (DraftKeeper, "consultation:new:client:<id>" or
":<consultation id>:" when an existing one is edited) until saved or discarded.
Layout, labels, accessible names and tab order: the form ui/consultations_tab.ui.

Dienst and Sprachmittlung (db/0013): a new consultation starts with the case's service;
the language pair, an interpreter from the address book (interpreter_book.py) and the
box for a relative under 18, with the core's warning (never a minor) shown under it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import consultations, interpreters
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, _short, fit_columns, prepare_table
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.form_widgets import german_date, refill_reference_widgets
from mfd_desktop.gui.forms.ui_consultations_tab import Ui_ConsultationsTab
from mfd_desktop.gui.i18n import gui_text

DEFAULT_MINUTES = 30

class ConsultationsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.editing_id: int | None = None
        self.keeper: DraftKeeper | None = None
        self.ui = Ui_ConsultationsTab()
        self.ui.setupUi(self)
        self.ui.topicsList.attach_filter(self.ui.topicsFilter)
        refill_reference_widgets(self, self.lang())
        ui = self.ui
        self.model = RowsModel(self)
        self.view = prepare_table(ui.consultationsView, self.model)
        self.date, self.duration, self.channel = ui.dateEdit, ui.durationSpin, ui.channelCombo
        self.method, self.topics, self.interpreter = (ui.methodCombo, ui.topicsList,
                                                      ui.interpreterCheck)
        self.sprachmittlung, self.note, self.heading = (ui.sprachmittlungCombo, ui.noteEdit,
                                                        ui.headingLabel)
        self.new_button, self.save_button, self.discard_button = (
            ui.newConsultationButton, ui.saveConsultationButton, ui.discardButton)
        self.labels = {"date": ui.dateLabel, "duration": ui.durationLabel,
                       "channel": ui.channelLabel, "method": ui.methodLabel,
                       "topics": ui.topicsLabel, "interpreter": ui.interpreterLabel,
                       "sprachmittlung": ui.sprachmittlungLabel, "note": ui.noteLabel}
        self.labels.update({"service": ui.serviceLabel,
                            "interpreting_language": ui.interpretingLanguageLabel,
                            "interpreter_id": ui.interpreterPersonLabel})
        self.method.set_key("einzelfallberatung")
        ui.addressBookButton.clicked.connect(self.open_address_book)
        # Tests replace this (the modal address book).
        self.exec_dialog = lambda dialog: dialog.exec()
        for signal in (ui.interpreterCheck.toggled, ui.minorCheck.toggled,
                       ui.sprachmittlungCombo.currentIndexChanged,
                       ui.interpretingLanguageCombo.currentIndexChanged,
                       ui.interpreterCombo.currentIndexChanged):
            signal.connect(lambda *_a: self._interpreting_changed())
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.ids[index.row()]))
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Date"), self.tr("Method"), self.tr("Channel"),
                              self.tr("Minutes"), self.tr("Topics"), self.tr("Note")]
        self._set_heading()
        self._refresh_if_shown()

    # ----- Sprachmittlung ------------------------------------------------------------------

    def _fill_interpreters(self, selected: int | None = None) -> None:
        combo = self.ui.interpreterCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("–", None)
        for entry in interpreters.all_interpreters(self.conn):
            languages = ", ".join(entry.languages)
            combo.addItem(f"{entry.name} ({languages})" if languages else entry.name, entry.id)
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def open_address_book(self) -> None:
        from mfd_desktop.gui.case.interpreter_book import InterpreterBookDialog

        self.exec_dialog(InterpreterBookDialog(self.ctx, self))
        self._fill_interpreters(self.ui.interpreterCombo.currentData())

    def _interpreting_changed(self) -> None:
        ui = self.ui
        relative = ui.sprachmittlungCombo.key() == "angehoerige"
        ui.minorCheck.setEnabled(relative)
        if ui.sprachmittlungCombo.key() or ui.interpretingLanguageCombo.key() \
                or ui.interpreterCombo.currentData() is not None:
            ui.interpreterCheck.setChecked(True)
        if ui.interpretingLanguageCombo.key() and not ui.interpretingIntoCombo.key():
            ui.interpretingIntoCombo.set_key("de")
        record = consultations.Consultation(
            client_id=self.client_id or 0, interpreter_used=ui.interpreterCheck.isChecked(),
            sprachmittlung=ui.sprachmittlungCombo.key(),
            interpreter_minor=relative and ui.minorCheck.isChecked())
        warnings = consultations.interpreting_warnings(record)
        ui.interpretingWarning.setText(" ".join(gui_text(w) for w in warnings))
        ui.interpretingWarning.setVisible(bool(warnings))

    def _set_heading(self) -> None:
        self.heading.setText(self.tr("New consultation") if self.editing_id is None
                             else self.tr("Edit consultation"))

    # ----- data ---------------------------------------------------------------------------

    def load(self, client_id: int) -> None:
        if self.keeper is not None and self.client_id != client_id:
            self.keeper.detach()
            self.keeper = None
        self.client_id = client_id
        self.refresh()
        if self.keeper is None:
            self.new()

    def refresh(self) -> None:
        lang = self.lang()
        items = consultations.list_consultations(self.conn, self.client_id)
        self.model.set_rows(
            [(german_date(k.held_on), reference.label("method", k.method, lang),
              reference.label("channel", k.channel, lang), str(k.duration_minutes or ""),
              ", ".join(reference.label("topics", t, lang) for t in k.topics), _short(k.note))
             for k in items], [k.id for k in items])
        fit_columns(self.view)

    def _draft_key(self) -> str:
        which = "new" if self.editing_id is None else str(self.editing_id)
        return f"consultation:{which}:client:{self.client_id}"

    def _bind(self) -> None:
        if self.keeper is not None:
            self.keeper.detach()
        self.keeper = DraftKeeper(self.ctx, self._draft_key(), "consultation", {
            "date": self.date, "duration": self.duration, "channel": self.channel,
            "method": self.method, "interpreter": self.interpreter,
            "sprachmittlung": self.sprachmittlung, "note": self.note,
            "service": self.ui.serviceCombo, "minor": self.ui.minorCheck,
            "interpreting_language": self.ui.interpretingLanguageCombo,
            "interpreting_into": self.ui.interpretingIntoCombo,
        }, record_id=self.editing_id, parent=self)
        if self.keeper.restore():
            self.ctx_message(self.tr("An unsaved note was restored."))

    def ctx_message(self, text: str) -> None:
        self.heading.setText(f"{self.heading.text()} – {text}")

    def _fill(self, k: consultations.Consultation | None) -> None:
        self.date.set_iso(k.held_on if k else dt.date.today().isoformat())
        # A new consultation starts at 30 minutes (the usual length), not at 0.
        self.duration.setValue((k.duration_minutes or 0) if k else DEFAULT_MINUTES)
        self.channel.set_key(k.channel if k else "persoenlich")
        self.method.set_key(k.method if k else "einzelfallberatung")
        self.topics.set_keys(k.topics if k else [])
        self.interpreter.setChecked(bool(k and k.interpreter_used))
        self.sprachmittlung.set_key(k.sprachmittlung if k else None)
        ui = self.ui
        ui.serviceCombo.set_key(k.service if k else consultations.case_service(
            self.conn, self.client_id) if self.client_id is not None else None)
        ui.interpretingLanguageCombo.set_key(k.interpreting_language if k else None)
        ui.interpretingIntoCombo.set_key(k.interpreting_into if k else None)
        self._fill_interpreters(k.interpreter_id if k else None)
        ui.minorCheck.setChecked(bool(k and k.interpreter_minor))
        self._interpreting_changed()
        self.note.setPlainText(k.note if k else "")

    def new(self) -> None:
        if self.keeper is not None and self.keeper.is_dirty:
            self.keeper.save()
        self.editing_id = None
        self._fill(None)
        self._set_heading()
        self._bind()

    def edit(self, consultation_id: int | None) -> None:
        if consultation_id is None:
            return
        if self.keeper is not None:
            self.keeper.detach()
        self.editing_id = consultation_id
        self._fill(consultations.get_consultation(self.conn, consultation_id))
        self._set_heading()
        self._bind()
        self.note.setFocus()

    def save(self) -> bool:
        if self.client_id is None:
            return False
        record = consultations.Consultation(
            client_id=self.client_id, held_on=self.date.iso(),
            duration_minutes=self.duration.value() or None, channel=self.channel.key(),
            method=self.method.key(), topics=self.topics.keys(),
            interpreter_used=self.interpreter.isChecked(), sprachmittlung=self.sprachmittlung.key(),
            note=self.note.toPlainText(), service=self.ui.serviceCombo.key(),
            interpreting_language=self.ui.interpretingLanguageCombo.key(),
            interpreting_into=self.ui.interpretingIntoCombo.key(),
            interpreter_minor=self.ui.minorCheck.isChecked(),
            interpreter_id=self.ui.interpreterCombo.currentData())
        try:
            if self.editing_id is None:
                consultations.add_consultation(self.conn, record)
            else:
                consultations.update_consultation(self.conn, self.editing_id, record)
        except UserError as exc:
            self.fail(exc)
            return False
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.refresh()
        self.new()
        self.changed.emit()
        return True

    def discard(self) -> None:
        if self.note.toPlainText().strip():
            answer = QMessageBox.question(self, self.tr("Discard"),
                                          self.tr("Discard the text typed in this consultation?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.new()

    def has_unsaved_text(self) -> bool:
        return bool(self.note.toPlainText().strip())
