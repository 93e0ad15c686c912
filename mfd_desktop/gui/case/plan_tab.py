"""The Förderplan tab of the case view (issue 17): the case's plans (newest first, one
open), the goals in the client's own words with topic, review day and outcome, each with
its agreed steps; a plan ends with a day and, for an Überleitung, the service. Saved
through domain/casework/support_plans.py. Layout ui/plan_tab.ui, dialogs plan_dialogs.py,
rows plan_model.py, printing plan_print.py; `show_goal(id)` serves Heute's due reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, fit_columns
from mfd_desktop.gui.case.plan_dialogs import PlanEndDialog, PlanGoalDialog, PlanStepDialog
from mfd_desktop.gui.case.plan_model import PlanModel, PlanRow, plan_rows
from mfd_desktop.gui.case.plan_print import print_plan
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.forms.ui_plan_tab import Ui_PlanTab


def _d(day: dt.date | None) -> str:
    return german_date(day.isoformat()) if day else ""


class PlanTab(_CaseTab):
    """Förderplan of one case."""

    tab_key = "plan"
    printed = Signal(object)  # the print preview of the plan

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_PlanTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = PlanModel(self)
        self.view = ui.planView
        self.view.setModel(self.model)
        self.plans: list[sp.Plan] = []
        # Tests replace this to fill a dialog instead of showing it modally.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        ui.planCombo.currentIndexChanged.connect(lambda _i: self._show_plan())
        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.endPlanButton.clicked.connect(self.end_plan)
        ui.addGoalButton.clicked.connect(self.add_goal)
        ui.addStepButton.clicked.connect(self.add_step)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.outcomeButton.clicked.connect(lambda: self.edit_selected(review=True))
        ui.doneButton.clicked.connect(self.toggle_done)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.printPlanButton.clicked.connect(lambda: print_plan(self))
        # Tests replace this (the save-file dialog).
        self.preview = None  # the plan's print preview, once opened
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Support plan")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Goal / agreed step"), self.tr("Topic / who"),
                              self.tr("Review / by when"), self.tr("Outcome / done")]
        self._refresh_if_shown()

    # ----- loading ------------------------------------------------------------------------

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        current = self.plan()
        self.plans = sp.plans(self.conn, self.client_id)
        combo = self.ui.planCombo
        combo.blockSignals(True)
        combo.clear()
        for plan in self.plans:
            if plan.open:
                combo.addItem(self.tr("since %1 (open)").replace("%1", _d(plan.started_on)),
                              plan.id)
            else:
                combo.addItem(f"{_d(plan.started_on)} – {_d(plan.ended_on)}", plan.id)
        index = combo.findData(current.id) if current is not None else -1
        combo.setCurrentIndex(max(index, 0) if self.plans else -1)
        combo.blockSignals(False)
        self._show_plan()

    def plan(self) -> sp.Plan | None:
        plan_id = self.ui.planCombo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _show_plan(self) -> None:
        plan = self.plan()
        done = self.tr("done %1")
        self.model.set_rows(plan_rows(plan, self.lang(), dt.date.today(),
                                      lambda day: done.replace("%1", day)))
        fit_columns(self.view)
        self.ui.planStatusLabel.setText(self._status_text(plan))
        self._enable()

    def _status_text(self, plan: sp.Plan | None) -> str:
        if plan is None:
            return self.tr("No support plan yet. “New plan” starts one with the client.")
        if plan.open:
            text = self.tr("Open since %1.").replace("%1", _d(plan.started_on))
        else:
            text = self.tr("Ended on %1.").replace("%1", _d(plan.ended_on))
            if plan.transfer_service:
                service = reference.label("referral_targets", plan.transfer_service, self.lang())
                text += " " + self.tr("Handed over to: %1.").replace("%1", service)
        return text

    def _enable(self) -> None:
        plan = self.plan()
        editable = plan is not None and plan.open
        row = self.selected()
        ui = self.ui
        ui.newPlanButton.setEnabled(self.client_id is not None
                                    and not any(p.open for p in self.plans))
        ui.endPlanButton.setEnabled(editable)
        ui.printPlanButton.setEnabled(plan is not None)
        ui.addGoalButton.setEnabled(editable)
        ui.addStepButton.setEnabled(editable and row is not None)
        ui.editButton.setEnabled(editable and row is not None)
        ui.outcomeButton.setEnabled(editable and row is not None)
        ui.doneButton.setEnabled(editable and row is not None and row.kind == "step")
        ui.deleteButton.setEnabled(editable and row is not None)

    def selected(self) -> PlanRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _select(self, kind: str, row_id: int) -> None:
        row = self.model.index_of(kind, row_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        self._enable()

    def show_goal(self, goal_id: int) -> None:
        """Show the plan holding goal `goal_id` with that goal selected (from Heute)."""
        for plan in self.plans:
            if any(g.id == goal_id for g in plan.goals):
                self.ui.planCombo.setCurrentIndex(self.ui.planCombo.findData(plan.id))
                self._select("goal", goal_id)
                self.view.setFocus()
                return

    def _goal(self, goal_id: int) -> sp.Goal | None:
        plan = self.plan()
        return next((g for g in plan.goals if g.id == goal_id), None) if plan else None

    def _step(self, step_id: int) -> sp.Step | None:
        plan = self.plan()
        return next((step for goal in (plan.goals if plan else ()) for step in goal.steps
                     if step.id == step_id), None)

    # ----- actions ------------------------------------------------------------------------

    def _saved(self, kind: str | None = None, row_id: int | None = None) -> None:
        self.refresh()
        if kind is not None and row_id is not None:
            self._select(kind, row_id)
        self.changed.emit()

    def _until_saved(self, dialog: QDialog, save: Callable[[dict], object]) -> object:
        """Show `dialog` until `save(values)` succeeds or the user cancels."""
        while self.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            try:
                return save(dialog.values())  # type: ignore[attr-defined]
            except UserError as exc:
                self.fail(exc)
        return None

    def new_plan(self) -> None:
        if self.client_id is None:
            return
        try:
            sp.start_plan(self.conn, self.client_id)
        except UserError as exc:
            self.fail(exc)
            return
        self.ui.planCombo.setCurrentIndex(-1)
        self._saved()
        self.ui.planCombo.setCurrentIndex(0)

    def end_plan(self) -> None:
        plan = self.plan()
        if plan is None or not plan.open:
            return
        dialog = PlanEndDialog(self.lang(), self)
        if self._until_saved(dialog, lambda v: sp.end_plan(self.conn, plan.id, **v) or True):
            self._saved()

    def add_goal(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        dialog = PlanGoalDialog(self.lang(), parent=self)

        def save(v: dict) -> int:
            return sp.add_goal(self.conn, plan.id, v["text"], topic=v["topic"],
                               review_on=v["review_on"])
        goal_id = self._until_saved(dialog, save)
        if goal_id:
            self._saved("goal", int(goal_id))  # type: ignore[call-overload]

    def add_step(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PlanStepDialog(self.lang(), parent=self)

        def save(v: dict) -> int:
            return sp.add_step(self.conn, row.goal_id, v["what"], v["owner"],
                               office=v["office"], due_on=v["due_on"])
        step_id = self._until_saved(dialog, save)
        if step_id:
            self._saved("step", int(step_id))  # type: ignore[call-overload]

    def edit_selected(self, review: bool = False) -> None:
        row = self.selected()
        plan = self.plan()
        if row is None or plan is None or not plan.open:
            return
        if row.kind == "step" and not review:
            step = self._step(row.id)
            if step is None:
                return
            dialog: QDialog = PlanStepDialog(self.lang(), step, self)

            def save_step(v: dict) -> bool:
                sp.update_step(self.conn, row.id, v["what"], v["owner"], office=v["office"],
                               due_on=v["due_on"], done_on=v["done_on"])
                return True
            if self._until_saved(dialog, save_step):
                self._saved("step", row.id)
            return
        goal = self._goal(row.goal_id)
        if goal is None:
            return
        dialog = PlanGoalDialog(self.lang(), goal, review=review, parent=self)

        def save_goal(v: dict) -> bool:
            sp.update_goal(self.conn, goal.id, v["text"], topic=v["topic"],
                           review_on=v["review_on"])
            sp.set_outcome(self.conn, goal.id, v["outcome"], v["outcome_on"], v["note"])
            return True
        if self._until_saved(dialog, save_goal):
            self._saved("goal", goal.id)

    def toggle_done(self) -> None:
        row = self.selected()
        if row is None or row.kind != "step":
            return
        step = self._step(row.id)
        try:
            sp.mark_step_done(self.conn, row.id, "" if step and step.done_on else None)
        except UserError as exc:
            self.fail(exc)
            return
        self._saved("step", row.id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = (self.tr("Delete this goal with its agreed steps?") if row.kind == "goal"
                    else self.tr("Delete this agreed step?"))
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if row.kind == "goal":
                sp.delete_goal(self.conn, row.id)
            else:
                sp.delete_step(self.conn, row.id)
        except UserError as exc:
            self.fail(exc)
            return
        self._saved()

    def on_locking(self) -> None:
        self.plans = []
        self.model.set_rows([])
        self.ui.planCombo.clear()


