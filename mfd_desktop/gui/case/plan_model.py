"""The Förderplan tab's table: one row per goal, below it one indented row per agreed
step. On the shared `RowTableModel`; each row is a `PlanRow` (kind, id, texts), so the tab
knows what a selected row stands for. Goal rows are bold, done steps grey, overdue
reviews and steps red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.row_table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#8a1c1c"
DONE_COLOUR = "#6b6b6b"


@dataclass(frozen=True)
class PlanRow:
    kind: str  # "goal" or "step"
    id: int
    goal_id: int
    texts: tuple[str, str, str, str]
    overdue: bool = False
    done: bool = False


class PlanModel(RowTableModel):
    """Goals and their steps of one plan, read-only."""

    COLUMNS = 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: PlanRow = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row.texts[index.column()]
            if role == Qt.ItemDataRole.DisplayRole and row.kind == "step" and index.column() == 0:
                return "    • " + " ".join(text.split())
            return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
        if role == Qt.ItemDataRole.FontRole and row.kind == "goal":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(QColor(OVERDUE_COLOUR))
            if row.done:
                return QBrush(QColor(DONE_COLOUR))
        return None

    def index_of(self, kind: str, row_id: int) -> int:
        """The row showing goal/step `row_id` (-1 if none)."""
        return next((i for i, r in enumerate(self.rows) if r.kind == kind and r.id == row_id), -1)


def _d(day: dt.date | None) -> str:
    return german_date(day.isoformat()) if day else ""


def plan_rows(plan: sp.Plan | None, lang: str, today: dt.date,
              done_text: Callable[[str], str]) -> list[PlanRow]:
    """The table's rows of `plan`: each goal (text, topic, review, outcome with its note),
    then its steps (what, who, by when, "done <day>" from `done_text`)."""
    rows: list[PlanRow] = []
    for goal in plan.goals if plan else ():
        outcome = ""
        if goal.outcome:
            outcome = f"{reference.label('plan_outcome', goal.outcome, lang)} " \
                      f"({_d(goal.outcome_on)})"
            if goal.outcome_note:
                outcome += f" – {goal.outcome_note}"
        topic = reference.label("topics", goal.topic, lang) if goal.topic else ""
        open_plan = plan is not None and plan.open
        rows.append(PlanRow("goal", goal.id, goal.id,
                            (goal.text, topic, _d(goal.review_on), outcome),
                            overdue=bool(goal.open and open_plan and goal.review_on
                                         and goal.review_on <= today),
                            done=not goal.open))
        for step in goal.steps:
            who = reference.label("step_owner", step.owner, lang)
            if step.office:
                who += f": {step.office}"
            rows.append(PlanRow("step", step.id, goal.id,
                                (step.what, who, _d(step.due_on),
                                 done_text(_d(step.done_on)) if step.done_on else ""),
                                overdue=bool(step.done_on is None and step.due_on
                                             and step.due_on < today and open_plan),
                                done=step.done_on is not None))
    return rows
