"""The "Neuer Termin" / edit dialog: date, time, duration, kind, place (office, outreach
place from the local list, other office), client (searchable), interpreter, note.
Overlaps with other appointments are shown while typing (a warning; saving is allowed).
Layout: ui/appointment_dialog.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QInputDialog, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import from_qdate, to_qdate
from mfd_desktop.gui.form_widgets import refill_reference_widgets
from mfd_desktop.gui.forms.ui_appointment_dialog import Ui_AppointmentDialog
from mfd_desktop.gui.i18n import current_language, fill, gui_text

PLACE_KINDS = ("office", "outreach", "other_office")


def client_text(choice: appts.ClientChoice) -> str:
    return f"{choice.case_number} – {choice.name}" if choice.name else choice.case_number


class AppointmentDialog(QDialog):
    def __init__(self, ctx: AppContext, appointment: appts.Appointment | None = None,
                 parent: QWidget | None = None, *, day: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.saved_id: int | None = None
        self.ui = ui = Ui_AppointmentDialog()
        ui.setupUi(self)
        refill_reference_widgets(self, current_language())
        conn = ctx.vault.conn
        self.places = appts.outreach_places(conn)
        self.clients = appts.client_choices(conn)
        if appointment is not None and appointment.client_id is not None and not any(
                c.id == appointment.client_id for c in self.clients):
            self.clients.insert(0, appts.ClientChoice(appointment.client_id,
                                                      appointment.case_number or "",
                                                      appointment.client_name or ""))
        ui.clientCombo.addItem("", None)
        for choice in self.clients:
            ui.clientCombo.addItem(client_text(choice), choice.id)
        completer = QCompleter(ui.clientCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.clientCombo.setCompleter(completer)
        ui.clientCombo.setInsertPolicy(ui.clientCombo.InsertPolicy.NoInsert)
        self._fill_places()
        ui.placeKindCombo.currentIndexChanged.connect(self._place_kind_changed)
        ui.newPlaceButton.clicked.connect(self.add_place)
        ui.interpreterCheck.toggled.connect(ui.languageCombo.setEnabled)
        for signal in (ui.dateEdit.dateChanged, ui.timeEdit.timeChanged,
                       ui.durationSpin.valueChanged):
            signal.connect(self.check_conflicts)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._load(appointment, day)
        self.check_conflicts()

    # ----- filling ---------------------------------------------------------------------

    def _fill_places(self, select: int | None = None) -> None:
        combo = self.ui.outreachCombo
        combo.clear()
        for place in self.places:
            combo.addItem(place.name, place.id)
        if select is not None:
            combo.setCurrentIndex(max(0, combo.findData(select)))

    def _load(self, a: appts.Appointment | None, day: dt.date | None) -> None:
        ui = self.ui
        if a is None:
            ui.dateEdit.setDate(to_qdate(day or dt.date.today()))
            ui.timeEdit.setTime(QTime(9, 0))
            ui.kindCombo.set_key("beratung")
            ui.placeKindCombo.setCurrentIndex(0)
            ui.languageCombo.setEnabled(False)
            return
        ui.dateEdit.setDate(to_qdate(a.date))
        hour, minute = (int(p) for p in a.start_time.split(":"))
        ui.timeEdit.setTime(QTime(hour, minute))
        ui.durationSpin.setValue(int(a.duration_minutes))
        ui.kindCombo.set_key(a.kind)
        ui.placeKindCombo.setCurrentIndex(PLACE_KINDS.index(a.place_kind))
        if a.place_kind == "outreach":
            if a.outreach_place_id is not None and ui.outreachCombo.findData(
                    a.outreach_place_id) < 0:
                ui.outreachCombo.addItem(a.place_text, a.outreach_place_id)
            ui.outreachCombo.setCurrentIndex(max(0, ui.outreachCombo.findData(
                a.outreach_place_id)))
        elif a.place_kind == "other_office":
            ui.otherOfficeEdit.setText(a.place_text)
        ui.clientCombo.setCurrentIndex(max(0, ui.clientCombo.findData(a.client_id)))
        ui.interpreterCheck.setChecked(a.interpreter_needed)
        ui.languageCombo.setEnabled(a.interpreter_needed)
        ui.languageCombo.set_key(a.interpreter_language)
        ui.noteEdit.setPlainText(a.note)
        self._place_kind_changed()

    def _place_kind_changed(self, *_args) -> None:
        index = max(0, self.ui.placeKindCombo.currentIndex())
        self.ui.placeStack.setCurrentIndex(index)
        self.ui.newPlaceButton.setVisible(PLACE_KINDS[index] == "outreach")

    def add_place(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New outreach place"),
                                        self.tr("Name of the place (no names of clients):"))
        if not ok or not name.strip():
            return
        try:
            place_id = appts.add_outreach_place(self.ctx.vault.conn, name)
        except UserError as exc:
            self.ui.errorLabel.setText(gui_text(exc))
            return
        self.places = appts.outreach_places(self.ctx.vault.conn)
        self._fill_places(place_id)

    # ----- reading -----------------------------------------------------------------------

    def client_id(self) -> int | None:
        combo = self.ui.clientCombo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [i for i in range(1, combo.count())
                       if text.casefold() in combo.itemText(i).casefold()]
            if len(matches) != 1:
                raise ValueError
            index = matches[0]
        data = combo.itemData(index)
        return int(data) if data is not None else None

    def values(self, client_id: int | None) -> appts.Appointment:
        ui = self.ui
        kind = PLACE_KINDS[max(0, ui.placeKindCombo.currentIndex())]
        interpreter = ui.interpreterCheck.isChecked()
        return appts.Appointment(
            day=from_qdate(ui.dateEdit.date()), start_time=ui.timeEdit.time().toString("HH:mm"),
            duration_minutes=ui.durationSpin.value(), kind=ui.kindCombo.key() or "beratung",
            place_kind=kind,
            outreach_place_id=ui.outreachCombo.currentData() if kind == "outreach" else None,
            place_text=ui.otherOfficeEdit.text() if kind == "other_office" else "",
            client_id=client_id, interpreter_needed=interpreter,
            interpreter_language=ui.languageCombo.key() if interpreter else None,
            note=ui.noteEdit.toPlainText(),
            id=self.appointment.id if self.appointment else None)

    def check_conflicts(self, *_args) -> None:
        if not self.ctx.is_unlocked:
            return
        probe = self.values(None)
        others = appts.conflicts_with(self.ctx.vault.conn, probe)
        if not others:
            self.ui.conflictLabel.clear()
            return
        lang = current_language()
        times = ", ".join(f"{o.start:%d.%m. %H:%M}–{o.end:%H:%M} "
                          f"{reference.label('appointment_kind', o.kind, lang)}" for o in others)
        self.ui.conflictLabel.setText(fill(self.tr("⚠ Overlaps with: %1"), times))

    def save(self) -> None:
        try:
            client_id = self.client_id()
        except ValueError:
            self.ui.errorLabel.setText(self.tr("Client: please choose a case from the list "
                                               "(or leave the field empty)."))
            self.ui.clientCombo.setFocus()
            return
        record = self.values(client_id)
        conn = self.ctx.vault.conn
        try:
            if self.appointment is None or self.appointment.id is None:
                self.saved_id = appts.add_appointment(conn, record)
            else:
                appts.update_appointment(conn, self.appointment.id, record)
                self.saved_id = self.appointment.id
        except UserError as exc:
            self.ui.errorLabel.setText(gui_text(exc))
            return
        self.accept()

    # ----- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        ui = self.ui
        index = ui.placeKindCombo.currentIndex()
        ui.retranslateUi(self)
        self.setWindowTitle(self.tr("New appointment") if self.appointment is None
                            else self.tr("Edit appointment"))
        ui.placeKindCombo.blockSignals(True)
        ui.placeKindCombo.clear()
        ui.placeKindCombo.addItems([self.tr("Office"), self.tr("Outreach place"),
                                    self.tr("Other office")])
        ui.placeKindCombo.setCurrentIndex(max(0, index))
        ui.placeKindCombo.blockSignals(False)
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        self._place_kind_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            refill_reference_widgets(self, current_language())
        super().changeEvent(event)
