"""The Förderplan tab's dialogs: a goal (text, topic, review day, outcome), an agreed
step (what, who, which office, by when, done on) and ending a plan (day, Überleitung).
Layouts: ui/plan_goal_dialog.ui, ui/plan_step_dialog.ui, ui/plan_end_dialog.ui. The
dialogs only collect; the tab saves through domain/casework/support_plans.py and keeps
the dialog open when the service refuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.domain.casework.support_plans import Goal, Step
from mfd_desktop.gui.form_widgets import refill_reference_widgets
from mfd_desktop.gui.forms.ui_plan_end_dialog import Ui_PlanEndDialog
from mfd_desktop.gui.forms.ui_plan_goal_dialog import Ui_PlanGoalDialog
from mfd_desktop.gui.forms.ui_plan_step_dialog import Ui_PlanStepDialog


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


class PlanGoalDialog(QDialog):
    """A new goal (`goal` None) or an existing one; `review=True` starts at the outcome."""

    def __init__(self, lang: str, goal: Goal | None = None, *, review: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanGoalDialog()
        self.ui.setupUi(self)
        refill_reference_widgets(self, lang)
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if goal is None:
            self.setWindowTitle(self.tr("New goal"))
            for widget in (ui.outcomeCombo, ui.outcomeDate, ui.outcomeNote, ui.outcomeComboLabel,
                           ui.outcomeDateLabel, ui.outcomeNoteLabel):
                widget.hide()
        else:
            self.setWindowTitle(self.tr("Review goal") if review else self.tr("Edit goal"))
            ui.goalText.setPlainText(goal.text)
            ui.topicCombo.set_key(goal.topic)
            ui.reviewDate.set_iso(_iso(goal.review_on))
            ui.outcomeCombo.set_key(goal.outcome)
            ui.outcomeDate.set_iso(_iso(goal.outcome_on))
            ui.outcomeNote.setPlainText(goal.outcome_note or "")
        ui.outcomeCombo.currentIndexChanged.connect(self._outcome_chosen)
        (ui.outcomeCombo if review else ui.goalText).setFocus()

    def _outcome_chosen(self) -> None:
        if self.ui.outcomeCombo.key() and not self.ui.outcomeDate.text().strip():
            self.ui.outcomeDate.set_iso(dt.date.today().isoformat())

    def values(self) -> dict:
        ui = self.ui
        return {"text": ui.goalText.toPlainText(), "topic": ui.topicCombo.key(),
                "review_on": ui.reviewDate.iso(), "outcome": ui.outcomeCombo.key(),
                "outcome_on": ui.outcomeDate.iso(), "note": ui.outcomeNote.toPlainText()}


class PlanStepDialog(QDialog):
    def __init__(self, lang: str, step: Step | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanStepDialog()
        self.ui.setupUi(self)
        refill_reference_widgets(self, lang)
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.ownerCombo.currentIndexChanged.connect(self._owner_chosen)
        if step is None:
            self.setWindowTitle(self.tr("New agreed step"))
            ui.ownerCombo.set_key("klient")
            ui.doneDate.hide()
            ui.doneDateLabel.hide()
        else:
            self.setWindowTitle(self.tr("Edit agreed step"))
            ui.whatText.setPlainText(step.what)
            ui.ownerCombo.set_key(step.owner)
            ui.officeEdit.setText(step.office or "")
            ui.dueDate.set_iso(_iso(step.due_on))
            ui.doneDate.set_iso(_iso(step.done_on))
        self._owner_chosen()
        ui.whatText.setFocus()

    def _owner_chosen(self) -> None:
        other = self.ui.ownerCombo.key() == "andere_stelle"
        self.ui.officeEdit.setEnabled(other)

    def values(self) -> dict:
        ui = self.ui
        return {"what": ui.whatText.toPlainText(), "owner": ui.ownerCombo.key() or "klient",
                "office": ui.officeEdit.text(), "due_on": ui.dueDate.iso(),
                "done_on": ui.doneDate.iso()}


class PlanEndDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanEndDialog()
        self.ui.setupUi(self)
        refill_reference_widgets(self, lang)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.endDate.set_iso(dt.date.today().isoformat())

    def values(self) -> dict:
        return {"ended_on": self.ui.endDate.iso(),
                "transfer_service": self.ui.transferCombo.key()}
