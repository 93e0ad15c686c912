"""Wiedervorlagen (follow-ups): a date and a text, with or without a client.

Expiring residence titles create reminders by themselves: `sync_title_expiry_reminders`
makes one follow-up per client whose title (clients.residence_title_expires) runs out,
due N weeks before (setting `title_expiry_reminder_weeks`, default 8). It is idempotent
and cheap (two set-based statements), so Heute runs it before loading, and the case
view may run it after saving a client. A reminder that was ticked off stays ticked off;
a new expiry date makes a new reminder; open reminders of closed cases or of removed
dates disappear.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from mfd_desktop.domain.casework import clients as clients_service
from mfd_desktop.domain.casework import timeline
from mfd_desktop.domain.casework.search import display_name
from mfd_desktop.domain.deadlines.deadlines import as_date
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.settings import TITLE_EXPIRY_REMINDER_WEEKS
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.followups")

MAX_TEXT = 2000
KIND_MANUAL = "manual"
KIND_TITLE_EXPIRY = "title_expiry"
# Titles that ran out longer ago than this get no new reminder (old imported data).
TITLE_EXPIRED_GRACE_DAYS = 90
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"


@dataclass(frozen=True)
class FollowUp:
    id: int
    client_id: int | None
    due_on: dt.date
    text: str
    kind: str
    done: bool
    done_on: dt.date | None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    client_id: int | None
    case_number: str | None
    client_name: str
    due_on: dt.date
    text: str
    kind: str
    done: bool


_COLUMNS = "id, client_id, due_on, text, kind, done, done_on"


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _day(text: str) -> dt.date:
    """A date of a NOT NULL column."""
    return dt.date.fromisoformat(text)


def _row(r: Any) -> FollowUp:
    return FollowUp(id=r[0], client_id=r[1], due_on=_day(r[2]), text=r[3], kind=r[4],
                    done=bool(r[5]), done_on=_d(r[6]))


def _clean(text: str | None) -> str:
    cleaned = clients_service.clean_text(text, "Text der Wiedervorlage", MAX_TEXT, multiline=True)
    if not cleaned:
        raise UserError(Msg("followups.enter_text_for_follow_up"))
    return cleaned


def _due(value: dt.date | str | None) -> dt.date:
    day = as_date(value, "Datum der Wiedervorlage")
    if day is None:
        raise UserError(Msg("followups.enter_date_for_follow_up"))
    return day


def add_followup(conn: Connection, due_on: dt.date | str, text: str,
                 client_id: int | None = None) -> int:
    day, cleaned = _due(due_on), _clean(text)
    with transaction(conn):
        if client_id is not None:
            clients_service.require_client(conn, client_id)
        cur = conn.execute("INSERT INTO followups(client_id, due_on, text) VALUES (?, ?, ?)",
                           (client_id, day.isoformat(), cleaned))
        followup_id = int(cur.lastrowid)
        if client_id is not None:
            clients_service.touch(conn, client_id)
    log.info("follow-up %d added", followup_id)
    return followup_id


def get_followup(conn: Connection, followup_id: int) -> FollowUp:
    r = conn.execute(f"SELECT {_COLUMNS} FROM followups WHERE id = ?", (followup_id,)).fetchone()
    if r is None:
        raise UserError(Msg("followups.follow_up_does_not_exist_any"))
    return _row(r)


def update_followup(conn: Connection, followup_id: int, due_on: dt.date | str, text: str) -> None:
    day, cleaned = _due(due_on), _clean(text)
    with transaction(conn):
        get_followup(conn, followup_id)
        conn.execute(f"UPDATE followups SET due_on = ?, text = ?, updated_at = {_NOW} WHERE id = ?",
                     (day.isoformat(), cleaned, followup_id))


def set_done(conn: Connection, followup_id: int, done: bool = True,
             today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    with transaction(conn):
        f = get_followup(conn, followup_id)
        conn.execute(f"UPDATE followups SET done = ?, done_on = ?, updated_at = {_NOW} WHERE id = ?",
                     (int(done), today.isoformat() if done else None, followup_id))
        if f.client_id is not None:
            clients_service.touch(conn, f.client_id)
    log.info("follow-up %d marked %s", followup_id, "done" if done else "open")


def delete_followup(conn: Connection, followup_id: int) -> None:
    with transaction(conn):
        get_followup(conn, followup_id)
        conn.execute("DELETE FROM followups WHERE id = ?", (followup_id,))
    log.info("follow-up %d deleted", followup_id)


def list_for_client(conn: Connection, client_id: int, *, include_done: bool = True
                    ) -> list[FollowUp]:
    where = "" if include_done else " AND done = 0"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM followups WHERE client_id = ?{where} "
                        "ORDER BY done, due_on, id", (client_id,)).fetchall()
    return [_row(r) for r in rows]


def list_open(conn: Connection, *, due_from: dt.date | None = None,
              due_until: dt.date | None = None, kind: str | None = None,
              exclude_kind: str | None = None, client_id: int | None = None,
              include_done: bool = False, limit: int = 1000) -> list[FollowUpRow]:
    """Follow-ups across cases, earliest first (open ones unless `include_done`)."""
    clauses: list[str] = []
    params: list[str | int] = []
    if not include_done:
        clauses.append("f.done = 0")
    if due_from is not None:
        clauses.append("f.due_on >= ?")
        params.append(due_from.isoformat())
    if due_until is not None:
        clauses.append("f.due_on <= ?")
        params.append(due_until.isoformat())
    if kind:
        clauses.append("f.kind = ?")
        params.append(kind)
    if exclude_kind:
        clauses.append("f.kind != ?")
        params.append(exclude_kind)
    if client_id is not None:
        clauses.append("f.client_id = ?")
        params.append(client_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT f.id, f.client_id, c.case_number, c.name, c.pseudonym, c.anonymous, f.due_on, "
        "f.text, f.kind, f.done FROM followups f LEFT JOIN clients c ON c.id = f.client_id"
        f"{where} ORDER BY f.due_on, f.id LIMIT ?", (*params, int(limit))).fetchall()
    return [
        FollowUpRow(id=r[0], client_id=r[1], case_number=r[2],
                    client_name=display_name(r[3], r[4], bool(r[5])) if r[1] is not None else "",
                    due_on=_day(r[6]), text=r[7], kind=r[8], done=bool(r[9]))
        for r in rows
    ]


# ----- residence-title reminders ------------------------------------------------------------


def reminder_weeks(conn: Connection) -> int:
    """The vault's setting `title_expiry_reminder_weeks` (validated; default if unset/bad)."""
    setting = TITLE_EXPIRY_REMINDER_WEEKS
    default: int = setting.default
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (setting.key,)).fetchone()
    if row is None:
        return default
    try:
        weeks: int = setting.validate(json.loads(row[0]))
    except (ValueError, UserError):
        return default
    return weeks


def title_reminder_text(expiry_iso: str) -> str:
    day = dt.date.fromisoformat(expiry_iso)
    return (f"Aufenthaltstitel läuft am {day:%d.%m.%Y} ab – Verlängerung beantragen "
            "(§ 81 Abs. 4 AufenthG)")


# The source keys of title reminders, as a range of followups' UNIQUE(source_key) index
# (';' is the character after ':').
_TITLE_KEYS = "source_key >= 'title_expiry:' AND source_key < 'title_expiry;'"


def sync_title_expiry_reminders(conn: Connection, *, weeks: int | None = None,
                                today: dt.date | None = None) -> tuple[int, int]:
    """Make the title reminders match the clients' expiry dates; (created, removed).

    Needs a writable connection. Set-based, so it stays fast with thousands of clients."""
    weeks = reminder_weeks(conn) if weeks is None else int(weeks)
    today = today or dt.date.today()
    floor = (today - dt.timedelta(days=TITLE_EXPIRED_GRACE_DAYS)).isoformat()
    offset = f"-{weeks * 7} days"
    with transaction(conn):
        # Open reminders that no longer match a current expiry date of an open case go.
        # Every title reminder is made below, with its source_key 'title_expiry:…': the
        # key's range of the UNIQUE index finds them without reading every follow-up
        # (in due-date order, one table lookup each: 61 → 26 ms cold at 40,000 follow-ups;
        # this runs at each load of Heute, issue 21).
        removed = conn.execute(
            f"DELETE FROM followups WHERE kind = 'title_expiry' AND done = 0 AND {_TITLE_KEYS} "
            "AND NOT EXISTS ("
            " SELECT 1 FROM clients c WHERE c.id = followups.client_id"
            " AND c.status != 'abgeschlossen' AND c.residence_title_expires IS NOT NULL"
            " AND followups.source_key = 'title_expiry:' || c.id || ':' || c.residence_title_expires)"
        ).rowcount
        # A changed setting moves the due date of reminders still open.
        conn.execute(
            f"UPDATE followups SET due_on = date(substr(source_key, -10), ?), updated_at = {_NOW} "
            f"WHERE kind = 'title_expiry' AND done = 0 AND {_TITLE_KEYS} "
            "AND due_on != date(substr(source_key, -10), ?)", (offset, offset))
        rows = conn.execute(
            "SELECT c.id, c.residence_title_expires FROM clients c "
            "WHERE c.residence_title_expires IS NOT NULL AND c.residence_title_expires >= ? "
            "AND c.status != 'abgeschlossen' AND date(c.residence_title_expires) IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.source_key = "
            "'title_expiry:' || c.id || ':' || c.residence_title_expires)", (floor,)).fetchall()
        for client_id, expiry in rows:
            due = (dt.date.fromisoformat(expiry) - dt.timedelta(weeks=weeks)).isoformat()
            conn.execute(
                "INSERT INTO followups(client_id, due_on, text, kind, source_key) "
                "VALUES (?, ?, ?, 'title_expiry', ?)",
                (client_id, due, title_reminder_text(expiry), f"title_expiry:{client_id}:{expiry}"))
    if rows or removed:
        log.info("title reminders: %d created, %d removed", len(rows), removed)
    return len(rows), removed


@timeline.register_provider
def followup_events(conn: Connection, client_id: int) -> list[timeline.Event]:
    """Each Wiedervorlage appears in the case timeline on its date."""
    out = []
    for f in list_for_client(conn, client_id):
        first_line = f.text.splitlines()[0] if f.text else ""
        if f.done:
            title = Msg("followups.timeline_done", text=first_line[:100])
        else:
            title = Msg("followups.timeline", text=first_line[:100])
        out.append(timeline.Event(date=f.due_on.isoformat(), kind="followup", title=title,
                                  detail=f.text if len(f.text) > 100 or "\n" in f.text else "",
                                  record_id=f.id, source="followups"))
    return out
