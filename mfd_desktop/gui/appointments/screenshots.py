"""Screenshots of Termine: the week, the appointment dialog, consultation and Strukturarbeit
from an appointment, and the export dialog (the `shots(ctx)` convention, see
`mfd_desktop.gui.page_registry`). `ctx` is unlocked on the demo vault, whose appointments
lie around today (mfd_desktop.domain.appointments.demo_appointments)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.domain.appointments import ical
from mfd_desktop.gui.appointments.appointment_dialog import AppointmentDialog
from mfd_desktop.gui.appointments.appointments_page import AppointmentsPage
from mfd_desktop.gui.appointments.ics_dialogs import IcsExportDialog
from mfd_desktop.gui.appointments.record_dialogs import (
    AppointmentConsultationDialog,
    AppointmentStructuralDialog,
)


def _wait_for(signal, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _around_today(ctx) -> list[appts.Appointment]:
    today = dt.date.today()
    return appts.list_range(ctx.vault.conn, today - dt.timedelta(days=10),
                            today + dt.timedelta(days=10))


def shots(ctx) -> list[tuple[str, QWidget]]:
    out: list[tuple[str, QWidget]] = []
    page = AppointmentsPage(ctx)
    page.resize(1280, 800)
    _wait_for(page.loaded)
    out.append(("termine-woche", page))

    items = _around_today(ctx)
    today = dt.date.today()
    with_client = [a for a in items if a.client_id is not None and a.interpreter_language
                   and a.date >= today]
    if with_client:
        out.append(("termin-dialog", AppointmentDialog(ctx, with_client[0])))
    done = [a for a in items if a.client_id is not None and a.recorded_as is None
            and a.date < today]
    if done:
        out.append(("termin-beratung", AppointmentConsultationDialog(ctx, done[-1])))
    group = [a for a in items if a.is_group and a.recorded_as is None and a.date <= today]
    if group:
        structural = AppointmentStructuralDialog(ctx, group[0])
        structural.ui.participantsSpin.setValue(11)
        structural.ui.topicEdit.setText(group[0].note)
        out.append(("termin-strukturarbeit", structural))
    export = IcsExportDialog(*ical.default_export_range())
    export.ui.caseNumbersCheck.setChecked(True)
    out.append(("termine-export", export))
    return out
