"""Fristen page, tab 2: open deadlines and follow-ups across cases.

Filters (kind, period, rule), the list (`OpenItemsModel`, loaded in a worker), and the
actions: open the case, tick off, own last day, new follow-up. Layout:
ui/open_items_tab.ui. Emits `loaded` after each list load.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_rules import RULES
from mfd_desktop.domain.deadlines.open_items import (
    KIND_ALL,
    KIND_DEADLINES,
    KIND_FOLLOWUPS,
    PERIOD_ALL,
    PERIOD_MONTH,
    PERIOD_OVERDUE,
    PERIOD_WEEK,
    OpenRow,
    load_open_items,
)
from mfd_desktop.errors import UserError
from mfd_desktop.gui.column_fit import fit_columns
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog
from mfd_desktop.gui.deadlines.open_items_model import OpenItemsModel
from mfd_desktop.gui.deadlines.override_dialog import OverrideDialog
from mfd_desktop.gui.deadlines.table_setup import attach_sorted
from mfd_desktop.gui.forms.ui_open_items_tab import Ui_OpenItemsTab
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.messages import render


def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    """(key, label) items; the selected key stays selected and no signal is emitted."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, label in entries:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(current) if current is not None else 0))
    combo.blockSignals(False)


class OpenItemsTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_OpenItemsTab()
        ui.setupUi(self)
        self.kind_combo, self.period_combo, self.rule_filter = (
            ui.kindFilter, ui.periodFilter, ui.ruleFilter)
        self.items_view, self.items_count = ui.openItemsView, ui.itemsCount
        self.open_case_button, self.done_button, self.override_button = (
            ui.openCaseButton, ui.doneButton, ui.overrideButton)
        self.followup_button = ui.newFollowUpButton
        self.items_model = OpenItemsModel(self)
        self.items_proxy = attach_sorted(self.items_view, self.items_model,
                                         Qt.SortOrder.AscendingOrder)
        # the rule ("What") and the name complete; the note gives way (tool tip: all of
        # it); on a small screen the case number is left out and a long rule goes on
        # over two lines
        self.fitter = fit_columns(self.items_view, (OpenItemsModel.WHAT, OpenItemsModel.NAME,
                                                    OpenItemsModel.DUE, OpenItemsModel.KIND),
                                  optional_columns=(OpenItemsModel.CASE,),
                                  wrap_columns=(OpenItemsModel.WHAT,))
        self._loading = self._pending = False
        self.items_view.activated.connect(lambda _index: self.open_selected_case())
        self.items_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_case_button.clicked.connect(self.open_selected_case)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.override_button.clicked.connect(self.override_selected)
        self.followup_button.clicked.connect(self.new_followup)
        for combo in (self.kind_combo, self.period_combo, self.rule_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.retranslate()

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
        self._show_detail()

    def _show_detail(self) -> None:
        """The whole selected entry below the list (its columns may be cut or left out)."""
        indexes = self.items_view.selectionModel().selectedRows()
        if not indexes:
            self.ui.itemDetail.clear()
            return
        source = self.items_proxy.mapToSource(indexes[0]).row()
        model = self.items_model
        texts = [model.data(model.index(source, c)) for c in range(model.columnCount())]
        self.ui.itemDetail.setText(" · ".join(t for t in texts if t))

    def reload(self, *_args) -> None:
        if not self.ctx.is_unlocked:
            return
        if self._loading:
            self._pending = True  # load again when this one is back
            return
        self._loading, self._pending = True, False
        self.ctx.tasks.run_with_connection(
            load_open_items, self.kind_combo.currentData() or KIND_ALL,
            self.period_combo.currentData() or PERIOD_ALL, self.rule_filter.currentData(),
            read_only=True, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, rows: list[OpenRow]) -> None:
        self._loading = False
        if self._pending:
            self.reload()
            return
        if not self.ctx.is_unlocked:
            return
        self.items_model.set_rows(rows)
        self.items_count.setText(self.tr("%1 entries").replace("%1", str(len(rows))))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, failure: TaskFailure) -> None:
        self._loading = self._pending = False
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    def clear(self) -> None:
        self.items_model.set_rows([])
        self.items_count.clear()
        self.ui.itemDetail.clear()  # it names a client

    def open_selected_case(self) -> None:
        row = self.selected_row()
        if row is not None and row.client_id is not None:
            if row.kind == "plan_review":
                self.ctx.case_focus = ("plan", row.id)  # the case opens on this goal
            self.ctx.open_case.emit(int(row.client_id))

    def mark_selected_done(self) -> None:
        row = self.selected_row()
        if row is None or not self.ctx.is_unlocked:
            return
        if row.kind == "plan_review":  # done = the goal's outcome, in the Förderplan tab
            self.open_selected_case()
            return
        service = deadlines if row.kind == "deadline" else followups
        try:
            service.set_done(self.ctx.vault.conn, row.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Deadlines"), gui_text(exc))
        self.reload()

    def override_selected(self) -> OverrideDialog | None:
        row = self.selected_row()
        if row is None or row.kind != "deadline" or not self.ctx.is_unlocked:
            return None
        return self._open(OverrideDialog(self.ctx, row.id, self))

    def new_followup(self) -> FollowUpDialog | None:
        if not self.ctx.is_unlocked:
            return None
        return self._open(FollowUpDialog(self.ctx, None, self))

    def _open(self, dialog):
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        _fill_combo(self.kind_combo, [(KIND_ALL, self.tr("Deadlines and follow-ups")),
                                      (KIND_DEADLINES, self.tr("Deadlines only")),
                                      (KIND_FOLLOWUPS, self.tr("Follow-ups only"))])
        _fill_combo(self.period_combo, [(PERIOD_ALL, self.tr("All open")),
                                        (PERIOD_OVERDUE, self.tr("Overdue")),
                                        (PERIOD_WEEK, self.tr("Next 7 days (and overdue)")),
                                        (PERIOD_MONTH, self.tr("Next 30 days (and overdue)"))])
        _fill_combo(self.rule_filter, [("", self.tr("All rules"))]
                    + [(r.key, render(r.name(), current_language()))
                       for r in RULES if r.is_computable])
        model = self.items_model
        model.headers = [self.tr("Due"), self.tr("Kind"), self.tr("Case"),
                         self.tr("Name"), self.tr("What"), self.tr("Note")]
        model.kind_labels = {"deadline": self.tr("Deadline"), "followup": self.tr("Follow-up"),
                             "plan_review": self.tr("Plan review")}
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.COLUMNS - 1)
        if model.rows:  # dates and rule names follow the display language
            model.dataChanged.emit(model.index(0, 0),
                                   model.index(len(model.rows) - 1, model.COLUMNS - 1))
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
