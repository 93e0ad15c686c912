"""Termine: the week (grouped by day, previous/next week), a new or changed appointment,
conflicts flagged, "Beratung erfassen" and "Als Strukturarbeit übernehmen" in one step,
and the calendar export (no personal data unless case numbers are ticked) and import.
Layout: ui/appointments_page.ui; data from mfd_desktop.domain.appointments (loaded in a
worker). Emits `loaded` after each load (tests and screenshots wait for it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QKeyCombination, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.domain.appointments import ical
from mfd_desktop.errors import UserError
from mfd_desktop.gui.appointments.appointment_dialog import AppointmentDialog
from mfd_desktop.gui.appointments.ics_dialogs import IcsExportDialog
from mfd_desktop.gui.appointments.record_dialogs import (
    AppointmentConsultationDialog,
    AppointmentStructuralDialog,
)
from mfd_desktop.gui.appointments.week_model import ROW_ROLE, WeekModel, configure_columns
from mfd_desktop.gui.forms.ui_appointments_page import Ui_AppointmentsPage
from mfd_desktop.gui.i18n import fill, gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.tasks import TaskFailure, show_failure


class AppointmentsPage(Page):
    nav_key = "appointments"
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.monday = appts.week_start(dt.date.today())
        self._loading = self._pending = False
        self.ui = ui = Ui_AppointmentsPage()
        ui.setupUi(self)
        self.model = WeekModel(self)
        ui.weekView.setModel(self.model)
        configure_columns(ui.weekView)
        ui.previousWeekButton.clicked.connect(lambda: self.show_week(-1))
        ui.nextWeekButton.clicked.connect(lambda: self.show_week(1))
        ui.thisWeekButton.clicked.connect(self.show_this_week)
        ui.newButton.clicked.connect(self.new_appointment)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.consultationButton.clicked.connect(self.record_consultation)
        ui.structuralButton.clicked.connect(self.record_structural_work)
        ui.exportButton.clicked.connect(self.export_calendar)
        ui.importButton.clicked.connect(self.import_calendar)
        ui.weekView.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.weekView.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        alt = Qt.KeyboardModifier.AltModifier
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.New), self.new_appointment),
                           (QKeySequence(QKeyCombination(alt, Qt.Key.Key_Left)),
                            lambda: self.show_week(-1)),
                           (QKeySequence(QKeyCombination(alt, Qt.Key.Key_Right)),
                            lambda: self.show_week(1))):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate()
        self._enable()
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.reload)

    # ----- loading -----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload()

    def on_shown(self) -> None:
        self.reload()

    def on_locking(self) -> None:
        self.model.set_span(None)
        self.ui.conflictLabel.clear()
        self.ui.statusLabel.clear()

    def show_week(self, step: int) -> None:
        self.monday += dt.timedelta(days=7 * step)
        self.reload()

    def show_this_week(self) -> None:
        self.monday = appts.week_start(dt.date.today())
        self.reload()

    def reload(self) -> None:
        self._show_week_label()
        if not self.ctx.is_unlocked:
            return
        if self._loading:
            self._pending = True
            return
        self._loading, self._pending = True, False
        self.ctx.tasks.run_with_connection(appts.week, self.monday, read_only=True,
                                           on_done=self._loaded, on_error=self._failed)

    def _loaded(self, span: appts.Span) -> None:
        self._loading = False
        if self._pending or span.start != self.monday:
            self.reload()
            return
        if not self.ctx.is_unlocked:
            return
        self.model.set_span(span)
        view = self.ui.weekView
        view.clearSpans()
        for row in self.model.day_rows():  # the day's title over Time and Kind
            view.setSpan(row, 0, 1, 2)
        count = len(span.conflicts & {a.id for a in span.appointments})
        self.ui.conflictLabel.setText(
            fill(self.tr("⚠ %1 appointments of this week overlap another one."), count)
            if count else "")
        self._enable()
        self.loaded.emit()

    def _failed(self, failure: TaskFailure) -> None:
        self._loading = self._pending = False
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    def _show_week_label(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        number = self.monday.isocalendar()[1]
        self.ui.weekLabel.setText(fill(self.tr("Week %1: %2 – %3"), number,
                                       f"{self.monday:%d.%m.}", f"{sunday:%d.%m.%Y}"))

    # ----- selection ---------------------------------------------------------------------

    def selected(self) -> appts.Appointment | None:
        indexes = self.ui.weekView.selectionModel().selectedRows()
        if not indexes:
            return None
        data = indexes[0].data(ROW_ROLE)
        if not data or data[0] != "appointment":
            return None
        return data[1]

    def select_appointment(self, appointment_id: int) -> bool:
        """Select the row of this appointment (tests, after saving)."""
        for row, (kind, obj, _empty) in enumerate(self.model.rows):
            if kind == "appointment" and obj.id == appointment_id:
                self.ui.weekView.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        a = self.selected()
        unlocked = self.ctx.is_unlocked
        self.ui.editButton.setEnabled(a is not None)
        self.ui.deleteButton.setEnabled(a is not None)
        self.ui.consultationButton.setEnabled(
            a is not None and a.client_id is not None and a.recorded_as is None)
        self.ui.structuralButton.setEnabled(
            a is not None and a.is_group and a.recorded_as is None
            and a.date <= dt.date.today())
        for button in (self.ui.newButton, self.ui.exportButton, self.ui.importButton):
            button.setEnabled(unlocked)

    # ----- actions -----------------------------------------------------------------------

    def _day_for_new(self) -> dt.date:
        today = dt.date.today()
        if self.monday <= today <= self.monday + dt.timedelta(days=6):
            return today
        return self.monday

    def new_appointment(self) -> AppointmentDialog | None:
        return self._open_editor(None) if self.ctx.is_unlocked else None

    def edit_selected(self) -> AppointmentDialog | None:
        a = self.selected()
        return self._open_editor(a) if a is not None and self.ctx.is_unlocked else None

    def _open_editor(self, a: appts.Appointment | None) -> AppointmentDialog:
        dialog = AppointmentDialog(self.ctx, a, self, day=self._day_for_new())
        dialog.finished.connect(lambda result: self._after_dialog(dialog, result))
        dialog.open()
        return dialog

    def _after_dialog(self, dialog: AppointmentDialog, result: int) -> None:
        if result and dialog.saved_id is not None:
            saved = appts.get_appointment(self.ctx.vault.conn, dialog.saved_id)
            self.monday = appts.week_start(saved.date)
            self.reload()

    def delete_selected(self) -> None:
        a = self.selected()
        if a is None or not self.ctx.is_unlocked:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete appointment"),
            fill(self.tr("Delete the appointment of %1 at %2?"), f"{a.date:%d.%m.%Y}",
                 a.start_time))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            appts.delete_appointment(self.ctx.vault.conn, int(a.id or 0))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete appointment"), gui_text(exc))
        self.reload()

    def record_consultation(self) -> AppointmentConsultationDialog | None:
        a = self.selected()
        if a is None or not self.ctx.is_unlocked:
            return None
        try:
            dialog = AppointmentConsultationDialog(self.ctx, a, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Record consultation"), gui_text(exc))
            return None
        dialog.finished.connect(lambda result: self._recorded(result, self.tr(
            "The consultation was recorded in the case.")))
        dialog.open()
        return dialog

    def record_structural_work(self) -> AppointmentStructuralDialog | None:
        a = self.selected()
        if a is None or not self.ctx.is_unlocked:
            return None
        dialog = AppointmentStructuralDialog(self.ctx, a, self)
        dialog.finished.connect(lambda result: self._recorded(result, self.tr(
            "The appointment was recorded as structural work (page Strukturarbeit).")))
        dialog.open()
        return dialog

    def _recorded(self, result: int, text: str) -> None:
        if result:
            self.ui.statusLabel.setText(text)
        self.reload()

    def export_calendar(self) -> IcsExportDialog | None:
        """The export dialog (range, case numbers); on OK the file is asked for."""
        if not self.ctx.is_unlocked:
            return None
        dialog = IcsExportDialog(*ical.default_export_range(), self)  # as `mfd termine export`
        dialog.accepted.connect(lambda: self._export_chosen(dialog))
        dialog.open()
        return dialog

    def _export_chosen(self, dialog: IcsExportDialog) -> None:
        start, end = dialog.range()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export appointments"), str(Path.home() / "termine.ics"),
            self.tr("iCalendar files (*.ics)"))
        if path and self.ctx.is_unlocked:
            self.export_to(Path(path), start, end, dialog.with_case_numbers())

    def export_to(self, path: Path, start: dt.date, end: dt.date, with_case_numbers: bool
                  ) -> None:
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")

        def done(count: int) -> None:
            self.ui.statusLabel.setText(fill(self.tr("%1 appointments written to %2."),
                                             count, str(path)))

        self.ctx.tasks.run_with_connection(
            lambda conn: ical.write_export(conn, path, start, end,
                                           with_case_number=with_case_numbers),
            read_only=True, on_done=done, on_error=self._failed)

    def import_calendar(self) -> None:
        if not self.ctx.is_unlocked:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), str(Path.home()),
            self.tr("iCalendar files (*.ics);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        def done(result: ical.ImportResult) -> None:
            self.ui.statusLabel.setText(fill(
                self.tr("%1 calendar events imported (%2 recurring); shown in grey."),
                result.events, result.recurring))
            self.reload()

        self.ctx.tasks.run_with_connection(ical.import_file, path, on_done=done,
                                           on_error=self._failed)

    # ----- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.set_headers()
        self._show_week_label()
        if self.model.span is not None and self.ctx.is_unlocked:
            self.reload()
