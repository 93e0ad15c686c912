"""Fristen: calculator, all open deadlines and follow-ups across cases, Strukturarbeit.

Three tabs:
- Fristenrechner: rule and start date → last day with rule, legal basis and "ohne
  Gewähr"; "Save for case…" stores it for a case number (own date with reason there).
- Offene Fristen und Wiedervorlagen: one list across cases with filters (kind, period,
  rule); open the case, tick off, set an own last day with a reason, new follow-up.
- Strukturarbeit: log entry form (kept as a draft while typing) and the list.
Lists load in a worker; small single-row writes use the UI thread's connection.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain.casework import structural_work
from mfd_desktop.domain.casework.clients import find_by_case_number
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_rules import RULES
from mfd_desktop.errors import UserError
from mfd_desktop.gui.deadlines.deadline_dialog import (
    ERROR_STYLE,
    DeadlineCalculatorForm,
    DeadlineDialog,
    FollowUpDialog,
    OverrideDialog,
    format_date,
    from_qdate,
    make_date_edit,
)
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.messages import render

log = logging.getLogger("mfd.gui.cases.deadlines")

OVERDUE_COLOR = QColor("#a61b1b")
SortRole = Qt.ItemDataRole.UserRole + 2

KIND_ALL, KIND_DEADLINES, KIND_FOLLOWUPS = "all", "deadlines", "followups"
PERIOD_OVERDUE, PERIOD_WEEK, PERIOD_MONTH, PERIOD_ALL = "overdue", "week", "month", "all"


# ----- the list across cases ---------------------------------------------------------------


@dataclass(frozen=True)
class OpenRow:
    kind: str               # "deadline" or "followup"
    id: int
    client_id: int | None
    case_number: str
    client_name: str
    due_on: dt.date
    what: str
    note: str
    overridden: bool = False
    rule_key: str = ""      # deadlines: the rule, named in the display language when shown


def load_open_items(conn, kind: str, period: str, rule_key: str | None,
                    today: dt.date | None = None) -> list[OpenRow]:
    """Open deadlines and/or follow-ups for the filters, earliest first (worker thread)."""
    today = today or dt.date.today()
    due_from, due_until = None, None
    if period == PERIOD_OVERDUE:
        due_until = today - dt.timedelta(days=1)
    elif period == PERIOD_WEEK:
        due_until = today + dt.timedelta(days=7)
    elif period == PERIOD_MONTH:
        due_until = today + dt.timedelta(days=30)
    rows: list[OpenRow] = []
    if kind in (KIND_ALL, KIND_DEADLINES):
        for d in deadlines.list_open(conn, due_from=due_from, due_until=due_until,
                                     rule_key=rule_key or None, limit=5000):
            rows.append(OpenRow("deadline", d.id, d.client_id, d.case_number, d.client_name,
                                d.due_on, d.rule_name, d.note, d.overridden, d.rule_key))
    if kind in (KIND_ALL, KIND_FOLLOWUPS) and not rule_key:
        for f in followups.list_open(conn, due_from=due_from, due_until=due_until, limit=5000):
            rows.append(OpenRow("followup", f.id, f.client_id, f.case_number or "", f.client_name,
                                f.due_on, f.text.splitlines()[0] if f.text else "", ""))
    rows.sort(key=lambda r: (r.due_on, r.case_number, r.id))
    return rows


class OpenItemsModel(RowTableModel):
    DUE, KIND, CASE, NAME, WHAT, NOTE = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today()
        self.kind_labels = {"deadline": "deadline", "followup": "follow-up"}

    def set_rows(self, rows: list[OpenRow]) -> None:
        self.today = dt.date.today()
        super().set_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DUE:
                return format_date(row.due_on) + (" *" if row.overridden else "")
            if col == self.KIND:
                return self.kind_labels.get(row.kind, row.kind)
            if col == self.CASE:
                return row.case_number
            if col == self.NAME:
                return row.client_name
            if col == self.WHAT:
                return render(deadlines.rule_name(row.rule_key) if row.rule_key else row.what,
                              current_language())
            return row.note.splitlines()[0] if row.note else ""
        if role == Qt.ItemDataRole.ForegroundRole and row.due_on < self.today:
            return QBrush(OVERDUE_COLOR)
        if role == SortRole:
            if col == self.DUE:
                return row.due_on.isoformat()
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        return None


class ActivitiesModel(RowTableModel):
    DATE, TYPE, MINUTES, PARTICIPANTS, NOTE = range(5)
    COLUMNS = 5

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [format_date(a.held_on), a.type_label, str(a.duration_minutes),
                    "" if a.participants is None else str(a.participants), a.note][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MINUTES, self.PARTICIPANTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return [a.held_on.isoformat(), a.type_label.casefold(), a.duration_minutes,
                    a.participants if a.participants is not None else -1, a.note.casefold()][col]
        return None


def _table(parent: QWidget, model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view, proxy


# ----- the page -----------------------------------------------------------------------------


class DeadlinesPage(Page):
    nav_key = "deadlines"
    items_loaded = Signal()
    activities_loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("deadlinesPage")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deadlineTabs")
        self.tabs.addTab(self._calculator_tab(), "")
        self.tabs.addTab(self._open_tab(), "")
        self.tabs.addTab(self._structural_tab(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._loading_items = self._items_pending = False
        self._loading_activities = self._activities_pending = False
        self.retranslate()
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.on_unlocked)

    # ----- tab 1: calculator --------------------------------------------------------------

    def _calculator_tab(self) -> QWidget:
        tab = QWidget(self)
        self.calculator = DeadlineCalculatorForm(tab)
        self.calculator.setMaximumWidth(900)
        self.case_edit = QLineEdit(tab)
        self.case_edit.setObjectName("calcCaseNumber")
        self.case_edit.setMinimumWidth(200)
        self.case_edit.setMaximumWidth(260)
        self.save_for_case_button = QPushButton(tab)
        self.save_for_case_button.setObjectName("saveForCase")
        self.case_label = QLabel(tab)
        self.case_label.setBuddy(self.case_edit)
        self.calc_error = QLabel(tab)
        self.calc_error.setObjectName("calcError")
        self.calc_error.setStyleSheet(ERROR_STYLE)
        self.calc_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.case_label)
        row.addWidget(self.case_edit)
        row.addWidget(self.save_for_case_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.calculator)
        layout.addLayout(row)
        layout.addWidget(self.calc_error)
        layout.addStretch(1)
        self.save_for_case_button.clicked.connect(self.save_for_case)
        self.case_edit.returnPressed.connect(self.save_for_case)
        self.calculator.changed.connect(self._calculation_changed)
        return tab

    def _calculation_changed(self) -> None:
        self.save_for_case_button.setEnabled(self.calculator.calculation() is not None)
        self.calc_error.clear()

    def save_for_case(self) -> DeadlineDialog | None:
        """Open the deadline dialog for the typed case number, filled from the calculator."""
        if not self.ctx.is_unlocked or self.calculator.calculation() is None:
            return None
        client_id = find_by_case_number(self.ctx.vault.conn, self.case_edit.text())
        if client_id is None:
            self.calc_error.setText(self.tr("There is no case with this case number."))
            return None
        self.calc_error.clear()
        dialog = DeadlineDialog(self.ctx, client_id, self)
        src, dst = self.calculator, dialog.calculator
        dst.set_rule(src.rule_key())
        dst.date_edit.setDate(src.date_edit.date())
        dst.posted_check.setChecked(src.posted_check.isChecked())
        dst.no_instruction_check.setChecked(src.no_instruction_check.isChecked())
        dialog.accepted.connect(self.reload_items)
        dialog.open()
        return dialog

    # ----- tab 2: open deadlines and follow-ups -------------------------------------------

    def _open_tab(self) -> QWidget:
        tab = QWidget(self)
        self.kind_combo = QComboBox(tab)
        self.kind_combo.setObjectName("kindFilter")
        self.period_combo = QComboBox(tab)
        self.period_combo.setObjectName("periodFilter")
        self.rule_filter = QComboBox(tab)
        self.rule_filter.setObjectName("ruleFilter")
        self.rule_filter.setMaxVisibleItems(25)
        self.rule_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_filter.setMinimumContentsLength(28)
        self.items_model = OpenItemsModel(tab)
        self.items_view, self.items_proxy = _table(tab, self.items_model, "openItemsView")
        header = self.items_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OpenItemsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OpenItemsModel.NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OpenItemsModel.NOTE, 260)
        self.items_view.activated.connect(lambda _index: self.open_selected_case())
        self.items_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_case_button = QPushButton(tab)
        self.done_button = QPushButton(tab)
        self.done_button.setObjectName("doneButton")
        self.override_button = QPushButton(tab)
        self.override_button.setObjectName("overrideButton")
        self.followup_button = QPushButton(tab)
        self.followup_button.setObjectName("newFollowUpButton")
        self.items_count = QLabel(tab)
        self.items_count.setObjectName("itemsCount")
        self.kind_label, self.period_label, self.rule_label = QLabel(tab), QLabel(tab), QLabel(tab)
        self.kind_label.setBuddy(self.kind_combo)
        self.period_label.setBuddy(self.period_combo)
        self.rule_label.setBuddy(self.rule_filter)
        filters = QHBoxLayout()
        for label, combo in ((self.kind_label, self.kind_combo),
                             (self.period_label, self.period_combo),
                             (self.rule_label, self.rule_filter)):
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(10)
        filters.addStretch(1)
        filters.addWidget(self.items_count)
        buttons = QHBoxLayout()
        for button in (self.open_case_button, self.done_button, self.override_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.followup_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.items_view, 1)
        layout.addLayout(buttons)
        self.open_case_button.clicked.connect(self.open_selected_case)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.override_button.clicked.connect(self.override_selected)
        self.followup_button.clicked.connect(self.new_followup)
        for combo in (self.kind_combo, self.period_combo, self.rule_filter):
            combo.currentIndexChanged.connect(self.reload_items)
        return tab

    def selected_row(self) -> OpenRow | None:
        indexes = self.items_view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.items_model.rows[self.items_proxy.mapToSource(indexes[0]).row()]

    def _selection_changed(self, *_args) -> None:
        row = self.selected_row()
        self.open_case_button.setEnabled(row is not None and row.client_id is not None)
        self.done_button.setEnabled(row is not None)
        self.override_button.setEnabled(row is not None and row.kind == "deadline")

    def reload_items(self, *_args) -> None:
        if not self.ctx.is_unlocked or not hasattr(self, "items_model"):
            return
        if self._loading_items:
            self._items_pending = True
            return
        self._loading_items, self._items_pending = True, False
        self.ctx.tasks.run_with_connection(
            load_open_items, self.kind_combo.currentData() or KIND_ALL,
            self.period_combo.currentData() or PERIOD_ALL, self.rule_filter.currentData(),
            read_only=True, on_done=self._items_done, on_error=self._failed_items)

    def _items_done(self, rows: list[OpenRow]) -> None:
        self._loading_items = False
        if self._items_pending:
            self.reload_items()
            return
        if not self.ctx.is_unlocked:
            return
        self.items_model.set_rows(rows)
        self.items_count.setText(self.tr("%1 entries").replace("%1", str(len(rows))))
        self._selection_changed()
        self.items_loaded.emit()

    def _failed_items(self, failure: TaskFailure) -> None:
        self._loading_items = self._items_pending = False
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    def open_selected_case(self) -> None:
        row = self.selected_row()
        if row is not None and row.client_id is not None:
            self.ctx.open_case.emit(int(row.client_id))

    def mark_selected_done(self) -> None:
        row = self.selected_row()
        if row is None or not self.ctx.is_unlocked:
            return
        conn = self.ctx.vault.conn
        try:
            if row.kind == "deadline":
                deadlines.set_done(conn, row.id)
            else:
                followups.set_done(conn, row.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Deadlines"), gui_text(exc))
        self.reload_items()

    def override_selected(self) -> OverrideDialog | None:
        row = self.selected_row()
        if row is None or row.kind != "deadline" or not self.ctx.is_unlocked:
            return None
        dialog = OverrideDialog(self.ctx, row.id, self)
        dialog.accepted.connect(self.reload_items)
        dialog.open()
        return dialog

    def new_followup(self) -> FollowUpDialog | None:
        if not self.ctx.is_unlocked:
            return None
        dialog = FollowUpDialog(self.ctx, None, self)
        dialog.accepted.connect(self.reload_items)
        dialog.open()
        return dialog

    # ----- tab 3: structural work ---------------------------------------------------------

    def _structural_tab(self) -> QWidget:
        tab = QWidget(self)
        self.activity_combo = QComboBox(tab)
        self.activity_combo.setObjectName("activityType")
        for key, label in structural_work.activity_types():
            self.activity_combo.addItem(label, key)
        self.activity_date = make_date_edit(tab)
        self.activity_date.setObjectName("activityDate")
        self.minutes_spin = QSpinBox(tab)
        self.minutes_spin.setObjectName("activityMinutes")
        self.minutes_spin.setRange(1, structural_work.MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.participants_spin = QSpinBox(tab)
        self.participants_spin.setObjectName("activityParticipants")
        self.participants_spin.setRange(0, 9999)
        self.activity_note = QLineEdit(tab)
        self.activity_note.setObjectName("activityNote")
        self.activity_save = QPushButton(tab)
        self.activity_save.setObjectName("activitySave")
        self.activity_delete = QPushButton(tab)
        self.activity_delete.setObjectName("activityDelete")
        self.activity_error = QLabel(tab)
        self.activity_error.setObjectName("activityError")
        self.activity_error.setStyleSheet(ERROR_STYLE)
        self.activity_error.setWordWrap(True)
        self.activity_totals = QLabel(tab)
        self.activity_totals.setObjectName("activityTotals")
        self.activity_labels = [QLabel(tab) for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.activity_labels,
                                 (self.activity_combo, self.activity_date, self.minutes_spin,
                                  self.participants_spin, self.activity_note), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form_box = QWidget(tab)
        form_box.setMaximumWidth(560)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.activity_save)
        form_layout.addLayout(save_row)
        form_layout.addWidget(self.activity_error)
        self.activities_model = ActivitiesModel(tab)
        self.activities_view, self.activities_proxy = _table(tab, self.activities_model,
                                                             "activitiesView")
        self.activities_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        bottom = QHBoxLayout()
        bottom.addWidget(self.activity_totals)
        bottom.addStretch(1)
        bottom.addWidget(self.activity_delete)
        layout = QVBoxLayout(tab)
        layout.addWidget(form_box)
        layout.addWidget(self.activities_view, 1)
        layout.addLayout(bottom)
        self.activity_save.clicked.connect(self.save_activity)
        self.activity_delete.clicked.connect(self.delete_activity)
        self.activities_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.activity_delete.setEnabled(self._selected_activity() is not None))
        self.activity_delete.setEnabled(False)
        self.activity_keeper: DraftKeeper | None = None
        return tab

    def _bind_activity_draft(self) -> None:
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
            self._bind_activity_draft()
        self.reload_activities()
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
        self.reload_activities()

    def reload_activities(self) -> None:
        if not self.ctx.is_unlocked:
            return
        if self._loading_activities:
            self._activities_pending = True  # load again when this one is back
            return
        self._loading_activities, self._activities_pending = True, False
        year_start = dt.date(dt.date.today().year, 1, 1)

        def load(conn):
            return (structural_work.list_activities(conn, limit=5000),
                    structural_work.totals(conn, year_start, dt.date(year_start.year, 12, 31)))

        self.ctx.tasks.run_with_connection(load, read_only=True, on_done=self._activities_done,
                                           on_error=self._failed_activities)

    def _activities_done(self, result) -> None:
        self._loading_activities = False
        if self._activities_pending:
            self.reload_activities()
            return
        if not self.ctx.is_unlocked:
            return
        rows, totals = result
        self.activities_model.set_rows(rows)
        count = sum(t.activities for t in totals)
        hours = sum(t.minutes for t in totals) / 60
        people = sum(t.participants for t in totals)
        self.activity_totals.setText(
            self.tr("This year: %1 activities, %2 hours, %3 participants")
            .replace("%1", str(count)).replace("%2", f"{hours:.1f}".replace(".", ","))
            .replace("%3", str(people)))
        self.activities_loaded.emit()

    def _failed_activities(self, failure: TaskFailure) -> None:
        self._loading_activities = self._activities_pending = False
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    # ----- life cycle and texts -----------------------------------------------------------

    def on_unlocked(self) -> None:
        self._bind_activity_draft()
        self.reload_items()
        self.reload_activities()

    def on_shown(self) -> None:
        if self.ctx.is_unlocked:
            self._bind_activity_draft()
            self.reload_items()
            self.reload_activities()

    def on_locking(self) -> None:
        # The draft keeper saves and clears the form itself on ctx.locking.
        self.items_model.set_rows([])
        self.activities_model.set_rows([])
        self.items_count.clear()
        self.activity_totals.clear()
        self.case_edit.clear()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Deadline calculator"))
        self.tabs.setTabText(1, self.tr("Open deadlines and follow-ups"))
        self.tabs.setTabText(2, self.tr("Structural work"))
        # calculator tab
        self.case_label.setText(self.tr("Case &number:"))
        self.case_edit.setPlaceholderText(self.tr("e.g. MFD-2026-0042"))
        self.case_edit.setAccessibleName(self.tr("Case number"))
        self.save_for_case_button.setText(self.tr("&Save for this case…"))
        # open items tab
        self.kind_label.setText(self.tr("&Show:"))
        self.period_label.setText(self.tr("&Due:"))
        self.rule_label.setText(self.tr("R&ule:"))
        self._fill_combo(self.kind_combo, [(KIND_ALL, self.tr("Deadlines and follow-ups")),
                                           (KIND_DEADLINES, self.tr("Deadlines only")),
                                           (KIND_FOLLOWUPS, self.tr("Follow-ups only"))])
        self._fill_combo(self.period_combo, [(PERIOD_ALL, self.tr("All open")),
                                             (PERIOD_OVERDUE, self.tr("Overdue")),
                                             (PERIOD_WEEK, self.tr("Next 7 days (and overdue)")),
                                             (PERIOD_MONTH, self.tr("Next 30 days (and overdue)"))])
        self._fill_combo(self.rule_filter, [("", self.tr("All rules"))]
                         + [(r.key, render(r.name(), current_language()))
                            for r in RULES if r.is_computable])
        self.kind_combo.setAccessibleName(self.tr("Show"))
        self.period_combo.setAccessibleName(self.tr("Due"))
        self.rule_filter.setAccessibleName(self.tr("Rule"))
        self.items_model.headers = [self.tr("Due"), self.tr("Kind"), self.tr("Case"),
                                    self.tr("Name"), self.tr("What"), self.tr("Note")]
        self.items_model.kind_labels = {"deadline": self.tr("Deadline"),
                                        "followup": self.tr("Follow-up")}
        self.items_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self.items_model.rows:  # dates and rule names follow the display language
            self.items_model.dataChanged.emit(
                self.items_model.index(0, 0),
                self.items_model.index(len(self.items_model.rows) - 1, OpenItemsModel.COLUMNS - 1))
        self.items_view.setAccessibleName(self.tr("Open deadlines and follow-ups"))
        self.items_view.setToolTip(self.tr("Double-click or Enter opens the case. "
                                           "* = own last day"))
        self.open_case_button.setText(self.tr("&Open case"))
        self.done_button.setText(self.tr("Mark as &done"))
        self.override_button.setText(self.tr("Own &last day…"))
        self.followup_button.setText(self.tr("New &follow-up…"))
        # structural work tab
        for label, text in zip(self.activity_labels,
                               (self.tr("&Activity:"), self.tr("Da&te:"),
                                self.tr("Duration (&minutes):"), self.tr("&Participants:"),
                                self.tr("N&ote:")), strict=True):
            label.setText(text)
        self.participants_spin.setSpecialValueText(self.tr("not counted"))
        self.activity_note.setPlaceholderText(self.tr("no names of clients"))
        self.activity_save.setText(self.tr("Add &entry"))
        self.activity_delete.setText(self.tr("Delete entry"))
        for widget, name in ((self.activity_combo, self.tr("Activity")),
                             (self.activity_date, self.tr("Date")),
                             (self.minutes_spin, self.tr("Duration in minutes")),
                             (self.participants_spin, self.tr("Participants")),
                             (self.activity_note, self.tr("Note"))):
            widget.setAccessibleName(name)
        self.activities_model.headers = [self.tr("Date"), self.tr("Activity"),
                                         self.tr("Minutes"), self.tr("Participants"),
                                         self.tr("Note")]
        self.activities_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._selection_changed()

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, label in entries:
            combo.addItem(label, key)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
