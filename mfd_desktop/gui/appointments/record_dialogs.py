"""From an appointment to a record in one step: "Beratung erfassen" (the consultation with
date, client, duration, channel from the place and interpreter filled in) and "Als
Strukturarbeit übernehmen" (a group appointment that took place). Both mark the
appointment, so it is never taken over twice. Layouts: ui/appointment_consultation_dialog.ui,
ui/appointment_structural_dialog.ui."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.domain.casework import consultations
from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import from_qdate, to_qdate
from mfd_desktop.gui.form_widgets import refill_reference_widgets
from mfd_desktop.gui.forms.ui_appointment_consultation_dialog import (
    Ui_AppointmentConsultationDialog,
)
from mfd_desktop.gui.forms.ui_appointment_structural_dialog import Ui_AppointmentStructuralDialog
from mfd_desktop.gui.i18n import current_language, gui_text


class AppointmentConsultationDialog(QDialog):
    """Raises UserError from the constructor when the appointment cannot become one
    (no client, already taken over)."""

    def __init__(self, ctx: AppContext, appointment: appts.Appointment,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.consultation_id: int | None = None
        draft = appts.consultation_draft(ctx.vault.conn, int(appointment.id or 0))
        self.draft = draft
        self.ui = ui = Ui_AppointmentConsultationDialog()
        ui.setupUi(self)
        refill_reference_widgets(self, current_language())
        label = appointment.case_number or ""
        if appointment.client_name:
            label = f"{label} – {appointment.client_name}"
        ui.caseValue.setText(label)
        ui.dateEdit.setDate(to_qdate(appointment.date))
        ui.durationSpin.setValue(int(draft.duration_minutes or 0))
        ui.channelCombo.set_key(draft.channel)
        ui.methodCombo.set_key(draft.method)
        ui.interpreterCheck.setChecked(draft.interpreter_used)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        ui.topicsList.setFocus()

    def save(self) -> None:
        ui = self.ui
        record = consultations.Consultation(
            client_id=self.draft.client_id, held_on=from_qdate(ui.dateEdit.date()).isoformat(),
            duration_minutes=ui.durationSpin.value() or None, channel=ui.channelCombo.key(),
            method=ui.methodCombo.key(), topics=ui.topicsList.keys(),
            interpreter_used=ui.interpreterCheck.isChecked(), note=ui.noteEdit.toPlainText())
        try:
            self.consultation_id = appts.record_consultation(
                self.ctx.vault.conn, int(self.appointment.id or 0), record)
        except UserError as exc:
            ui.errorLabel.setText(gui_text(exc))
            return
        self.accept()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save consultation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AppointmentStructuralDialog(QDialog):
    def __init__(self, ctx: AppContext, appointment: appts.Appointment,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.activity_id: int | None = None
        self.ui = ui = Ui_AppointmentStructuralDialog()
        ui.setupUi(self)
        self.activity = appts.structural_activity_of(appointment.kind)
        ui.durationSpin.setValue(int(appointment.duration_minutes))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        ui.participantsSpin.setFocus()

    def save(self) -> None:
        ui = self.ui
        participants = ui.participantsSpin.value()
        try:
            self.activity_id = appts.record_structural_work(
                self.ctx.vault.conn, int(self.appointment.id or 0),
                participants=participants if participants > 0 else None,
                topic=ui.topicEdit.text(), duration_minutes=ui.durationSpin.value())
        except UserError as exc:
            ui.errorLabel.setText(gui_text(exc))
            return
        self.accept()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        lang = current_language()
        activity = reference.label("structural_activity", self.activity, lang) \
            if self.activity else ""
        self.ui.activityValue.setText(
            f"{activity} ({self.appointment.date:%d.%m.%Y})")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Record"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
