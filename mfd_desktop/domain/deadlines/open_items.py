"""Open deadlines and Wiedervorlagen across cases in one list (the Fristen page).

The Wiedervorlagen include the due reviews of Förderplan goals (kind "plan_review": the
goal's review date; done by recording the goal's outcome in the case's Förderplan tab).

`load_open_items(conn, kind, period, rule_key)` filters by kind (both, deadlines only,
follow-ups only), by period (overdue, next 7 or 30 days including overdue, all) and by
deadline rule (follow-ups have none, so a rule filter leaves them out). Rows are sorted
by due date, case number and id. Runs in a worker with its own connection. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mfd_desktop.domain.casework import support_plans
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection

KIND_ALL, KIND_DEADLINES, KIND_FOLLOWUPS = "all", "deadlines", "followups"
PERIOD_OVERDUE, PERIOD_WEEK, PERIOD_MONTH, PERIOD_ALL = "overdue", "week", "month", "all"
LIMIT = 5000


@dataclass(frozen=True)
class OpenRow:
    kind: str               # "deadline", "followup" or "plan_review" (a Förderplan goal)
    id: int
    client_id: int | None
    case_number: str
    client_name: str
    due_on: dt.date
    what: Msg | str         # deadlines: the rule's name; follow-ups: the first line
    note: str
    overridden: bool = False
    rule_key: str = ""      # deadlines: the rule, named in the display language when shown


def due_until(period: str, today: dt.date) -> dt.date | None:
    """The last due date a period shows (None: no upper bound)."""
    if period == PERIOD_OVERDUE:
        return today - dt.timedelta(days=1)
    if period == PERIOD_WEEK:
        return today + dt.timedelta(days=7)
    if period == PERIOD_MONTH:
        return today + dt.timedelta(days=30)
    return None


def load_open_items(conn: Connection, kind: str, period: str, rule_key: str | None,
                    today: dt.date | None = None) -> list[OpenRow]:
    """Open deadlines and/or follow-ups for the filters, earliest first."""
    until = due_until(period, today or dt.date.today())
    rows: list[OpenRow] = []
    if kind in (KIND_ALL, KIND_DEADLINES):
        for d in deadlines.list_open(conn, due_until=until, rule_key=rule_key or None,
                                     limit=LIMIT):
            rows.append(OpenRow("deadline", d.id, d.client_id, d.case_number, d.client_name,
                                d.due_on, d.rule_name, d.note, d.overridden, d.rule_key))
    if kind in (KIND_ALL, KIND_FOLLOWUPS) and not rule_key:
        for f in followups.list_open(conn, due_until=until, limit=LIMIT):
            rows.append(OpenRow("followup", f.id, f.client_id, f.case_number or "",
                                f.client_name, f.due_on,
                                f.text.splitlines()[0] if f.text else "", ""))
        for review in support_plans.due_reviews(conn, until or dt.date.max, limit=LIMIT):
            rows.append(OpenRow("plan_review", review.goal_id, review.client_id,
                                review.case_number or "", review.client_name,
                                review.review_on,
                                Msg("support_plans.review_of_goal", goal=review.goal), ""))
    rows.sort(key=lambda r: (r.due_on, r.case_number, r.id))
    return rows
