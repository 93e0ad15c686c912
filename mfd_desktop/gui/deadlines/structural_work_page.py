"""Strukturarbeit: network and committee work without a case, as its own page.

In the navigation after Fristen (where it was a tab before), with its own F1 chapter.
An entry form kept as an encrypted draft while typing (bound once the vault is open),
the list (`ActivitiesModel`, loaded in a worker with this year's totals) and deleting an
entry. Layout: ui/structural_work_page.ui. Emits `activities_loaded` after each list load.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.domain.casework import structural_work
from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import format_date, from_qdate, to_qdate
from mfd_desktop.gui.deadlines.activities_model import ActivitiesModel
from mfd_desktop.gui.deadlines.table_setup import attach_sorted
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.forms.ui_structural_work_page import Ui_StructuralWorkPage
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.tasks import TaskFailure, show_failure


def year_totals_args(totals: list[structural_work.ActivityTotal]) -> tuple[str, str, str]:
    """Activities, hours (one decimal, decimal comma) and participants of a year's totals."""
    hours = sum(t.minutes for t in totals) / 60
    return (str(sum(t.activities for t in totals)), f"{hours:.1f}".replace(".", ","),
            str(sum(t.participants for t in totals)))


class StructuralWorkPage(Page):
    nav_key = "structural_work"
    activities_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_StructuralWorkPage()
        ui.setupUi(self)
        self.activity_combo, self.activity_date, self.activity_note = (
            ui.activityType, ui.activityDate, ui.activityNote)
        self.minutes_spin, self.participants_spin = ui.activityMinutes, ui.activityParticipants
        self.activity_save, self.activity_delete = ui.activitySave, ui.activityDelete
        self.activity_error, self.activity_totals = ui.activityError, ui.activityTotals
        self.activities_view = ui.activitiesView
        for key, label in structural_work.activity_types():
            self.activity_combo.addItem(gui_text(label), key)
        self.activity_date.setDate(to_qdate(dt.date.today()))
        self.minutes_spin.setMaximum(structural_work.MAX_MINUTES)
        self.activities_model = ActivitiesModel(self)
        self.activities_proxy = attach_sorted(self.activities_view, self.activities_model,
                                              Qt.SortOrder.DescendingOrder)
        self.activity_keeper: DraftKeeper | None = None
        self._loading = self._pending = False
        self.activity_save.clicked.connect(self.save_activity)
        self.activity_delete.clicked.connect(self.delete_activity)
        self.activities_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.activity_delete.setEnabled(self._selected_activity() is not None))
        self.activity_delete.setEnabled(False)
        self.retranslate()
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.on_unlocked)

    # ----- page life cycle ----------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.bind_draft()
        self.reload()

    def on_shown(self) -> None:
        if self.ctx.is_unlocked:
            self.on_unlocked()

    def on_locking(self) -> None:
        # The draft keeper saves and clears the form itself on ctx.locking.
        self.clear()

    def reload_activities(self) -> None:
        self.reload()

    # ----- the form and the list ----------------------------------------------------------

    def bind_draft(self) -> None:
        if self.activity_keeper is None and self.ctx.is_unlocked:
            self.activity_keeper = DraftKeeper(
                self.ctx, "structural_work:new", "structural_work",
                {"type": self.activity_combo, "date": self.activity_date,
                 "minutes": self.minutes_spin, "participants": self.participants_spin,
                 "note": self.activity_note}, parent=self)
            self.activity_keeper.restore()

    def save_activity(self) -> bool:
        if not self.ctx.is_unlocked:
            return False
        participants = self.participants_spin.value()
        try:
            structural_work.add_activity(
                self.ctx.vault.conn, self.activity_combo.currentData(),
                from_qdate(self.activity_date.date()), self.minutes_spin.value(),
                participants if participants > 0 else None, self.activity_note.text())
        except UserError as exc:
            self.activity_error.setText(gui_text(exc))
            return False
        self.activity_error.clear()
        self.activity_note.clear()
        self.participants_spin.setValue(0)
        if self.activity_keeper is not None:
            self.activity_keeper.finish()
            self.activity_keeper = None
            self.bind_draft()
        self.reload()
        return True

    def _selected_activity(self) -> structural_work.Activity | None:
        indexes = self.activities_view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.activities_model.rows[self.activities_proxy.mapToSource(indexes[0]).row()]

    def delete_activity(self) -> None:
        activity = self._selected_activity()
        if activity is None or not self.ctx.is_unlocked:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete entry"),
            self.tr("Delete the entry of %1 (%2)?").replace("%1", format_date(activity.held_on))
            .replace("%2", activity.type_label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            structural_work.delete_activity(self.ctx.vault.conn, activity.id)
        except UserError as exc:
            self.activity_error.setText(gui_text(exc))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        if self._loading:
            self._pending = True  # load again when this one is back
            return
        self._loading, self._pending = True, False
        year_start = dt.date(dt.date.today().year, 1, 1)

        def load(conn):
            return (structural_work.list_activities(conn, limit=5000),
                    structural_work.totals(conn, year_start, dt.date(year_start.year, 12, 31)))

        self.ctx.tasks.run_with_connection(load, read_only=True, on_done=self._loaded,
                                           on_error=self._failed)

    def _loaded(self, result) -> None:
        self._loading = False
        if self._pending:
            self.reload()
            return
        if not self.ctx.is_unlocked:
            return
        rows, totals = result
        self.activities_model.set_rows(rows)
        count, hours, people = year_totals_args(totals)
        self.activity_totals.setText(
            self.tr("This year: %1 activities, %2 hours, %3 participants")
            .replace("%1", count).replace("%2", hours).replace("%3", people))
        self.activities_loaded.emit()

    def _failed(self, failure: TaskFailure) -> None:
        self._loading = self._pending = False
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    def clear(self) -> None:
        """The vault is locking: the draft keeper saves and empties the form itself."""
        self.activities_model.set_rows([])
        self.activity_totals.clear()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.activities_model.headers = [self.tr("Date"), self.tr("Activity"),
                                         self.tr("Minutes"), self.tr("Participants"),
                                         self.tr("Note")]
        self.activities_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
