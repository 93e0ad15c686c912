"""Fristen per client: compute with the calculator, store, override with a reason, tick off.

A stored deadline keeps the calculator's `raw_end` (before weekend/holiday handling)
and `end_date` (its suggestion); the counsellor may set an own date, which then needs a
reason. `due_on` (override or computed end) is what lists, Heute and reminders use.
Every write touches the client so the case moves up in "recent cases".
Logs carry ids and counts, never names or notes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from mfd_desktop import messages
from mfd_desktop.domain.casework import clients as clients_service
from mfd_desktop.domain.casework import timeline
from mfd_desktop.domain.casework.search import display_name
from mfd_desktop.domain.deadlines.deadline_calculator import (
    CAVEAT_SHORT,
    Calculation,
    calculate,
    resolve_rule,
)
from mfd_desktop.domain.deadlines.deadline_rules import DeadlineRule
from mfd_desktop.errors import UserError
from mfd_desktop.formatting import weekday_date
from mfd_desktop.messages import Msg, dynamic, render
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.deadlines")

MAX_NOTE = 2000
MAX_REASON = 500
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"

# "deadlines.details_<n>": the timeline detail of n parts joined by " · ".
messages.DYNAMIC_PREFIXES["deadlines.details_"] = __name__
# "deadlines.timeline[_own_date][_done]": a deadline in the case timeline.
messages.DYNAMIC_PREFIXES["deadlines.timeline"] = __name__


def as_date(value: dt.date | str | None, field_label: str) -> dt.date | None:
    """A date from a date, 'JJJJ-MM-TT' or 'TT.MM.JJJJ'; None for empty; else German UserError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    iso = clients_service.parse_date(value, field_label)
    return dt.date.fromisoformat(iso) if iso else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _text(value: str | None, field_label: str, limit: int) -> str:
    return clients_service.clean_text(value, field_label, limit, multiline=True) or ""


@dataclass(frozen=True)
class Deadline:
    id: int
    client_id: int
    rule_key: str
    start_date: dt.date | None
    posted_on: dt.date | None
    given_date: dt.date | None
    without_instruction: bool
    raw_end: dt.date
    end_date: dt.date
    override_date: dt.date | None
    override_reason: str | None
    due_on: dt.date
    note: str
    done: bool
    done_on: dt.date | None

    @property
    def rule(self) -> DeadlineRule:
        return resolve_rule(self.rule_key)

    @property
    def is_overridden(self) -> bool:
        return self.override_date is not None

    def calculation(self) -> Calculation:
        """The calculator's full result again (notes, legal basis, caveat) for display."""
        return calculate(self.rule_key, self.start_date if self.posted_on is None else None,
                         posted_on=self.posted_on, without_instruction=self.without_instruction,
                         given_date=self.given_date)


@dataclass(frozen=True)
class DeadlineRow:
    """One line of a list across cases (Heute, Fristen page)."""

    id: int
    client_id: int
    case_number: str
    client_name: str
    rule_key: str
    rule_name: Msg | str  # rendered by the GUI
    due_on: dt.date
    raw_end: dt.date
    end_date: dt.date
    overridden: bool
    note: str
    done: bool


_COLUMNS = ("id, client_id, rule_key, start_date, posted_on, given_date, without_instruction, "
            "raw_end, end_date, override_date, override_reason, due_on, note, done, done_on")


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _day(text: str) -> dt.date:
    """A date of a NOT NULL column."""
    return dt.date.fromisoformat(text)


def _row(r: Any) -> Deadline:
    return Deadline(
        id=r[0], client_id=r[1], rule_key=r[2], start_date=_d(r[3]), posted_on=_d(r[4]),
        given_date=_d(r[5]), without_instruction=bool(r[6]), raw_end=_day(r[7]),
        end_date=_day(r[8]), override_date=_d(r[9]), override_reason=r[10], due_on=_day(r[11]),
        note=r[12], done=bool(r[13]), done_on=_d(r[14]),
    )


def _check_override(override_date: dt.date | None, reason: str | None) -> str | None:
    if override_date is None:
        return None
    reason = clients_service.clean_text(reason, "Begründung", MAX_REASON, multiline=True)
    if not reason:
        raise UserError(Msg("deadlines.own_deadline_needs_reason"))
    return reason


def add_deadline(conn: Connection, client_id: int, rule_key: str, *,
                 start: dt.date | str | None = None, posted_on: dt.date | str | None = None,
                 given_date: dt.date | str | None = None, without_instruction: bool = False,
                 note: str | None = None, override_date: dt.date | str | None = None,
                 override_reason: str | None = None, with_reminders: bool = False) -> int:
    """Compute and store a deadline for a client; returns its id.

    With `with_reminders`, the rule's reminders (e.g. 3 months and 6 weeks before a title
    runs out) become Wiedervorlagen of the client; past reminder dates are skipped.
    Raises the calculator's German errors (unknown rule, date required, not computable)
    unchanged, so the form can show them."""
    start_d = as_date(start, "Datum der Zustellung/Bekanntgabe")
    posted_d = as_date(posted_on, "Aufgabe zur Post")
    given_d = as_date(given_date, "Datum aus dem Schreiben")
    override_d = as_date(override_date, "Eigenes Fristende")
    reason = _check_override(override_d, override_reason)
    calc = calculate(rule_key, start_d, posted_on=posted_d, without_instruction=without_instruction,
                     given_date=given_d)
    with transaction(conn):
        clients_service.require_client(conn, client_id)
        cur = conn.execute(
            "INSERT INTO deadlines(client_id, rule_key, start_date, posted_on, given_date, "
            "without_instruction, raw_end, end_date, override_date, override_reason, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, calc.rule.key, _iso(calc.start), _iso(posted_d), _iso(given_d),
             int(without_instruction), calc.raw_end.isoformat(), calc.end.isoformat(),
             _iso(override_d), reason, _text(note, "Notiz", MAX_NOTE)),
        )
        deadline_id = int(cur.lastrowid)
        if with_reminders:
            today = dt.date.today()
            for day in calc.reminders:
                if day >= today:
                    # Stored text: German, whatever the UI language (like everything saved).
                    text = Msg("deadlines.reminder_text", rule=calc.rule.name(),
                               end=weekday_date(override_d or calc.end))
                    conn.execute(
                        "INSERT INTO followups(client_id, due_on, text) VALUES (?, ?, ?)",
                        (client_id, day.isoformat(), render(text, "de")))
        clients_service.touch(conn, client_id)
    log.info("deadline %d added for client %d (rule %s)", deadline_id, client_id, calc.rule.key)
    return deadline_id


def get_deadline(conn: Connection, deadline_id: int) -> Deadline:
    r = conn.execute(f"SELECT {_COLUMNS} FROM deadlines WHERE id = ?", (deadline_id,)).fetchone()
    if r is None:
        raise UserError(Msg("deadlines.deadline_does_not_exist_any_more"))
    return _row(r)


def set_override(conn: Connection, deadline_id: int, override_date: dt.date | str | None,
                 reason: str | None = None) -> None:
    """Set the counsellor's own last day (with a reason), or remove it (None)."""
    override_d = as_date(override_date, "Eigenes Fristende")
    reason = _check_override(override_d, reason)
    with transaction(conn):
        d = get_deadline(conn, deadline_id)
        conn.execute(f"UPDATE deadlines SET override_date = ?, override_reason = ?, "
                     f"updated_at = {_NOW} WHERE id = ?", (_iso(override_d), reason, deadline_id))
        clients_service.touch(conn, d.client_id)
    log.info("deadline %d override %s", deadline_id, "set" if override_d else "removed")


def set_note(conn: Connection, deadline_id: int, note: str | None) -> None:
    with transaction(conn):
        get_deadline(conn, deadline_id)
        conn.execute(f"UPDATE deadlines SET note = ?, updated_at = {_NOW} WHERE id = ?",
                     (_text(note, "Notiz", MAX_NOTE), deadline_id))


def set_done(conn: Connection, deadline_id: int, done: bool = True,
             today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    with transaction(conn):
        d = get_deadline(conn, deadline_id)
        conn.execute(f"UPDATE deadlines SET done = ?, done_on = ?, updated_at = {_NOW} "
                     "WHERE id = ?", (int(done), today.isoformat() if done else None, deadline_id))
        clients_service.touch(conn, d.client_id)
    log.info("deadline %d marked %s", deadline_id, "done" if done else "open")


def delete_deadline(conn: Connection, deadline_id: int) -> None:
    with transaction(conn):
        get_deadline(conn, deadline_id)
        conn.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))
    log.info("deadline %d deleted", deadline_id)


def list_for_client(conn: Connection, client_id: int, *, include_done: bool = True
                    ) -> list[Deadline]:
    where = "" if include_done else " AND done = 0"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM deadlines WHERE client_id = ?{where} "
                        "ORDER BY done, due_on, id", (client_id,)).fetchall()
    return [_row(r) for r in rows]


def most_used_rules(conn: Connection, limit: int = 5) -> list[str]:
    """The rule keys used most often for stored deadlines, most used first (ties by key)."""
    rows = conn.execute(
        "SELECT rule_key FROM deadlines GROUP BY rule_key ORDER BY count(*) DESC, rule_key "
        "LIMIT ?", (int(limit),)).fetchall()
    return [str(r[0]) for r in rows]


def list_open(conn: Connection, *, due_from: dt.date | None = None,
              due_until: dt.date | None = None, rule_key: str | None = None,
              client_id: int | None = None, include_done: bool = False,
              limit: int = 1000) -> list[DeadlineRow]:
    """Deadlines across cases, earliest first (open ones unless `include_done`)."""
    clauses: list[str] = []
    params: list[str | int] = []
    if not include_done:
        clauses.append("d.done = 0")
    if due_from is not None:
        clauses.append("d.due_on >= ?")
        params.append(due_from.isoformat())
    if due_until is not None:
        clauses.append("d.due_on <= ?")
        params.append(due_until.isoformat())
    if rule_key:
        clauses.append("d.rule_key = ?")
        params.append(rule_key)
    if client_id is not None:
        clauses.append("d.client_id = ?")
        params.append(client_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT d.id, d.client_id, c.case_number, c.name, c.pseudonym, c.anonymous, d.rule_key, "
        "d.due_on, d.raw_end, d.end_date, d.override_date IS NOT NULL, d.note, d.done "
        f"FROM deadlines d JOIN clients c ON c.id = d.client_id{where} "
        "ORDER BY d.due_on, d.id LIMIT ?", (*params, int(limit))).fetchall()
    return [_list_row(r) for r in rows]


def _list_row(r: Any) -> DeadlineRow:
    return DeadlineRow(
        id=r[0], client_id=r[1], case_number=r[2], client_name=display_name(r[3], r[4], bool(r[5])),
        rule_key=r[6], rule_name=rule_name(r[6]), due_on=_day(r[7]), raw_end=_day(r[8]),
        end_date=_day(r[9]), overridden=bool(r[10]), note=r[11], done=bool(r[12]),
    )


def rule_name(key: str) -> Msg | str:
    """The name of a rule (rendered at the edge); an unknown (retired) key is shown as
    itself."""
    try:
        return resolve_rule(key).name()
    except UserError:
        return key


@timeline.register_provider
def deadline_events(conn: Connection, client_id: int) -> list[timeline.Event]:
    """Each deadline appears in the case timeline on the day it is due."""
    out = []
    for d in list_for_client(conn, client_id):
        try:
            rule = resolve_rule(d.rule_key)
            basis = rule.legal_basis
        except UserError:
            basis = ""
        key = "deadlines.timeline_own_date" if d.is_overridden else "deadlines.timeline"
        key += "_done" if d.done else ""
        title = Msg(key, rule=rule_name(d.rule_key), end=weekday_date(d.due_on))
        # The legal basis stays German, as on the letters.
        reason = d.override_reason and Msg("deadlines.own_date_reason", reason=d.override_reason)
        caveat = CAVEAT_SHORT
        details = [part for part in (d.note, basis, reason, caveat) if part]
        detail = dynamic(f"deadlines.details_{len(details)}",
                     **{f"part{i}": part for i, part in enumerate(details, 1)})
        out.append(timeline.Event(date=d.due_on.isoformat(), kind="deadline", title=title,
                                  detail=detail, record_id=d.id, source="deadlines"))
    return out
