"""Förderplan: the plan a counsellor and a client agree in Case-Management.

A case can have several plans over time (one open at a time). A plan has goals in the
client's own words, each with a topic from the topic taxonomy, a review date
(Überprüfung, shown on Heute) and, once reviewed for the last time, an outcome (erreicht,
teilweise, nicht erreicht, nicht mehr verfolgt) with its day and a note. Each goal has
agreed steps (Vereinbarungen): what, who (the client, the counsellor, another office),
by when, done when. A plan ends with a day and, when the client moves on to a
Regeldienst, the service (Überleitung).

Tables: support_plans, plan_goals, plan_steps (db/0011). A restricted case (Art. 18)
refuses every write through db/0011's triggers; deleting the case deletes its plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client, touch
from mfd_desktop.domain.casework.search import display_name
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

MAX_GOAL = 1000
MAX_STEP = 500
MAX_NOTE = 4000
OUTCOMES = ("erreicht", "teilweise", "nicht_erreicht", "nicht_verfolgt")


@dataclass(frozen=True)
class Step:
    id: int
    what: str
    owner: str  # "klient", "beratung", "andere_stelle"
    office: str | None
    due_on: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class Goal:
    id: int
    text: str
    topic: str | None
    review_on: dt.date | None
    outcome: str | None
    outcome_on: dt.date | None
    outcome_note: str
    steps: tuple[Step, ...] = ()

    @property
    def open(self) -> bool:
        return self.outcome is None


@dataclass(frozen=True)
class Plan:
    id: int
    client_id: int
    started_on: dt.date
    ended_on: dt.date | None
    transfer_service: str | None
    note: str
    goals: tuple[Goal, ...] = field(default=())

    @property
    def open(self) -> bool:
        return self.ended_on is None


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _plan_client(conn: Connection, plan_id: int) -> int:
    row = conn.execute("SELECT client_id FROM support_plans WHERE id = ?", (plan_id,)).fetchone()
    if row is None:
        raise UserError(Msg("support_plans.plan_gone"))
    return int(row[0])


def _goal_client(conn: Connection, goal_id: int) -> int:
    row = conn.execute("SELECT p.client_id FROM plan_goals g JOIN support_plans p "
                       "ON p.id = g.plan_id WHERE g.id = ?", (goal_id,)).fetchone()
    if row is None:
        raise UserError(Msg("support_plans.goal_gone"))
    return int(row[0])


def _text(value: object, label: str, limit: int) -> str:
    text = clean_text(value, label, limit, multiline=True)
    if not text:
        raise UserError(Msg("support_plans.text_missing", field_label=label))
    return text


# ----- plans ----------------------------------------------------------------------------


def start_plan(conn: Connection, client_id: int, started_on: object = None,
               note: str = "") -> int:
    """Begin a plan (today unless given). Refused while the case has an open plan."""
    day = parse_date(started_on, "Beginn des Förderplans") or dt.date.today().isoformat()
    with transaction(conn):
        require_client(conn, client_id)
        if conn.execute("SELECT 1 FROM support_plans WHERE client_id = ? AND ended_on IS NULL",
                        (client_id,)).fetchone():
            raise UserError(Msg("support_plans.already_open"))
        cur = conn.execute(
            "INSERT INTO support_plans(client_id, started_on, note) VALUES (?, ?, ?)",
            (client_id, day, clean_text(note, "Notiz", MAX_NOTE, multiline=True) or ""))
        touch(conn, client_id)
    return int(cur.lastrowid or 0)


def end_plan(conn: Connection, plan_id: int, ended_on: object = None,
             transfer_service: str | None = None) -> None:
    """Close the plan; `transfer_service` (a referral target) for an Überleitung."""
    day = parse_date(ended_on, "Ende des Förderplans") or dt.date.today().isoformat()
    if transfer_service is not None:
        reference.require("referral_targets", transfer_service, "Überleitung in",
                          allow_none=False)
    with transaction(conn):
        client_id = _plan_client(conn, plan_id)
        started = conn.execute("SELECT started_on FROM support_plans WHERE id = ?",
                               (plan_id,)).fetchone()[0]
        if day < str(started):
            raise UserError(Msg("support_plans.ends_before_start"))
        conn.execute("UPDATE support_plans SET ended_on = ?, transfer_service = ? WHERE id = ?",
                     (day, transfer_service, plan_id))
        touch(conn, client_id)


def plans(conn: Connection, client_id: int) -> list[Plan]:
    """The case's plans, newest first, with goals and steps."""
    rows = conn.execute(
        "SELECT id, client_id, started_on, ended_on, transfer_service, note FROM support_plans "
        "WHERE client_id = ? ORDER BY started_on DESC, id DESC", (client_id,)).fetchall()
    return [Plan(int(r[0]), int(r[1]), dt.date.fromisoformat(r[2]), _day(r[3]), r[4], r[5],
                 tuple(_goals(conn, int(r[0])))) for r in rows]


def open_plan(conn: Connection, client_id: int) -> Plan | None:
    return next((p for p in plans(conn, client_id) if p.open), None)


# ----- goals ----------------------------------------------------------------------------


def add_goal(conn: Connection, plan_id: int, text: str, *, topic: str | None = None,
             review_on: object = None) -> int:
    goal = _text(text, "Ziel", MAX_GOAL)
    if topic is not None:
        reference.require("topics", topic, "Thema", allow_none=False)
    review = parse_date(review_on, "Überprüfung")
    with transaction(conn):
        client_id = _plan_client(conn, plan_id)
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM plan_goals "
                                "WHERE plan_id = ?", (plan_id,)).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO plan_goals(plan_id, position, text, topic, review_on) "
            "VALUES (?, ?, ?, ?, ?)", (plan_id, position, goal, topic, review))
        touch(conn, client_id)
    return int(cur.lastrowid or 0)


def update_goal(conn: Connection, goal_id: int, text: str, *, topic: str | None = None,
                review_on: object = None) -> None:
    goal = _text(text, "Ziel", MAX_GOAL)
    if topic is not None:
        reference.require("topics", topic, "Thema", allow_none=False)
    review = parse_date(review_on, "Überprüfung")
    with transaction(conn):
        client_id = _goal_client(conn, goal_id)
        conn.execute("UPDATE plan_goals SET text = ?, topic = ?, review_on = ? WHERE id = ?",
                     (goal, topic, review, goal_id))
        touch(conn, client_id)


def set_outcome(conn: Connection, goal_id: int, outcome: str | None, outcome_on: object = None,
                note: str = "") -> None:
    """Record the goal's outcome (None: open again)."""
    if outcome is not None and outcome not in OUTCOMES:
        raise UserError(Msg("support_plans.unknown_outcome", outcome=str(outcome)[:40]))
    day = None
    if outcome is not None:
        day = parse_date(outcome_on, "Ergebnis") or dt.date.today().isoformat()
    with transaction(conn):
        client_id = _goal_client(conn, goal_id)
        conn.execute("UPDATE plan_goals SET outcome = ?, outcome_on = ?, outcome_note = ? "
                     "WHERE id = ?",
                     (outcome, day, clean_text(note, "Notiz", MAX_NOTE, multiline=True) or "",
                      goal_id))
        touch(conn, client_id)


def delete_goal(conn: Connection, goal_id: int) -> None:
    with transaction(conn):
        client_id = _goal_client(conn, goal_id)
        conn.execute("DELETE FROM plan_goals WHERE id = ?", (goal_id,))
        touch(conn, client_id)


def _goals(conn: Connection, plan_id: int) -> list[Goal]:
    rows = conn.execute(
        "SELECT id, text, topic, review_on, outcome, outcome_on, outcome_note FROM plan_goals "
        "WHERE plan_id = ? ORDER BY position, id", (plan_id,)).fetchall()
    return [Goal(int(r[0]), r[1], r[2], _day(r[3]), r[4], _day(r[5]), r[6],
                 tuple(_steps(conn, int(r[0])))) for r in rows]


# ----- steps ----------------------------------------------------------------------------


def add_step(conn: Connection, goal_id: int, what: str, owner: str, *,
             office: str | None = None, due_on: object = None) -> int:
    text = _text(what, "Vereinbarung", MAX_STEP)
    reference.require("step_owner", owner, "Wer", allow_none=False)
    other = clean_text(office, "Name der Stelle", 200) if owner == "andere_stelle" else None
    due = parse_date(due_on, "Bis wann")
    with transaction(conn):
        client_id = _goal_client(conn, goal_id)
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM plan_steps "
                                "WHERE goal_id = ?", (goal_id,)).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO plan_steps(goal_id, position, what, owner, office, due_on) "
            "VALUES (?, ?, ?, ?, ?, ?)", (goal_id, position, text, owner, other or None, due))
        touch(conn, client_id)
    return int(cur.lastrowid or 0)


def _step_client(conn: Connection, step_id: int) -> int:
    row = conn.execute("SELECT goal_id FROM plan_steps WHERE id = ?", (step_id,)).fetchone()
    if row is None:
        raise UserError(Msg("support_plans.step_gone"))
    return _goal_client(conn, int(row[0]))


def update_step(conn: Connection, step_id: int, what: str, owner: str, *,
                office: str | None = None, due_on: object = None,
                done_on: object = None) -> None:
    """Change an agreed step (the case view's step dialog); `done_on` None: not done."""
    text = _text(what, "Vereinbarung", MAX_STEP)
    reference.require("step_owner", owner, "Wer", allow_none=False)
    other = clean_text(office, "Name der Stelle", 200) if owner == "andere_stelle" else None
    due = parse_date(due_on, "Bis wann")
    done = parse_date(done_on, "Erledigt am")
    with transaction(conn):
        client_id = _step_client(conn, step_id)
        conn.execute("UPDATE plan_steps SET what = ?, owner = ?, office = ?, due_on = ?, "
                     "done_on = ? WHERE id = ?", (text, owner, other or None, due, done, step_id))
        touch(conn, client_id)


def delete_step(conn: Connection, step_id: int) -> None:
    with transaction(conn):
        client_id = _step_client(conn, step_id)
        conn.execute("DELETE FROM plan_steps WHERE id = ?", (step_id,))
        touch(conn, client_id)


def mark_step_done(conn: Connection, step_id: int, done_on: object = None) -> None:
    """Mark done (today unless given); `done_on=""` opens the step again."""
    day = None if done_on == "" else (parse_date(done_on, "Erledigt am")
                                      or dt.date.today().isoformat())
    with transaction(conn):
        row = conn.execute("SELECT goal_id FROM plan_steps WHERE id = ?", (step_id,)).fetchone()
        if row is None:
            raise UserError(Msg("support_plans.step_gone"))
        client_id = _goal_client(conn, int(row[0]))
        conn.execute("UPDATE plan_steps SET done_on = ? WHERE id = ?", (day, step_id))
        touch(conn, client_id)


def _steps(conn: Connection, goal_id: int) -> list[Step]:
    rows = conn.execute(
        "SELECT id, what, owner, office, due_on, done_on FROM plan_steps WHERE goal_id = ? "
        "ORDER BY position, id", (goal_id,)).fetchall()
    return [Step(int(r[0]), r[1], r[2], r[3], _day(r[4]), _day(r[5])) for r in rows]


# ----- reviews --------------------------------------------------------------------------


@dataclass(frozen=True)
class DueReview:
    goal_id: int
    client_id: int
    case_number: str
    goal: str
    review_on: dt.date
    client_name: str = ""


def due_reviews(conn: Connection, until: dt.date, *, limit: int = 50) -> list[DueReview]:
    """Open goals of open plans whose review falls due up to `until` (overdue first)."""
    rows = conn.execute(
        "SELECT g.id, p.client_id, c.case_number, g.text, g.review_on, c.name, c.pseudonym, "
        "c.anonymous FROM plan_goals g "
        "JOIN support_plans p ON p.id = g.plan_id JOIN clients c ON c.id = p.client_id "
        "WHERE g.outcome IS NULL AND g.review_on IS NOT NULL AND g.review_on <= ? "
        "AND p.ended_on IS NULL ORDER BY g.review_on, g.id LIMIT ?",
        (until.isoformat(), limit)).fetchall()
    return [DueReview(int(r[0]), int(r[1]), r[2], r[3], dt.date.fromisoformat(r[4]),
                      display_name(r[5], r[6], bool(r[7])))
            for r in rows]
