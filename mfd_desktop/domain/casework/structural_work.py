"""Strukturarbeit: network meetings, committee work, volunteer coordination and the like.

Activity types are the reference list `structural_activity` (netzwerktreffen,
gremienarbeit, ehrenamtskoordination, interkulturelle_oeffnung, oeffentlichkeitsarbeit,
antidiskriminierung, gruppenangebote, infoveranstaltungen, sonstiges). Entries belong to
no client; statistics count activities, participants and hours per type.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients as clients_service
from mfd_desktop.domain.deadlines.deadlines import as_date
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.domain.structural_work")

LIST_NAME = "structural_activity"
MAX_NOTE = 2000
MAX_MINUTES = 1440
MAX_PARTICIPANTS = 100_000
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"


def activity_types() -> list[tuple[str, Msg]]:
    """(key, label) of the activity types offered for new entries."""
    return [(v.key, v.text()) for v in reference.get(LIST_NAME).active()]


@dataclass(frozen=True)
class Activity:
    id: int
    activity_type: str
    held_on: dt.date
    duration_minutes: int
    participants: int | None
    note: str

    @property
    def type_label(self) -> str:
        return reference.label(LIST_NAME, self.activity_type)


@dataclass(frozen=True)
class ActivityTotal:
    activity_type: str
    activities: int
    participants: int
    minutes: int


def _validate(activity_type: str, held_on: dt.date | str, duration_minutes: int,
              participants: int | str | None, note: str | None
              ) -> tuple[str, dt.date, int, int | None, str]:
    reference.require(LIST_NAME, activity_type, "Art der Tätigkeit", allow_none=False)
    day = as_date(held_on, "Datum")
    if day is None:
        raise UserError(Msg("structural_work.date_enter"))
    try:
        minutes = int(duration_minutes)
    except (TypeError, ValueError):
        raise UserError(Msg("structural_work.duration_enter_minutes_as_number")) from None
    if not 1 <= minutes <= MAX_MINUTES:
        raise UserError(Msg("structural_work.duration_between_1_minutes", MAX_MINUTES=MAX_MINUTES))
    count: int | None = None
    if participants not in (None, ""):
        try:
            count = int(participants)
        except (TypeError, ValueError):
            raise UserError(Msg("structural_work.participants_enter_number")) from None
        if not 0 <= count <= MAX_PARTICIPANTS:
            raise UserError(Msg("structural_work.participants_number_not_plausible"))
    text = clients_service.clean_text(note, "Notiz", MAX_NOTE, multiline=True) or ""
    return activity_type, day, minutes, count, text


def add_activity(conn: Connection, activity_type: str, held_on: dt.date | str,
                 duration_minutes: int, participants: int | None = None,
                 note: str | None = None) -> int:
    values = _validate(activity_type, held_on, duration_minutes, participants, note)
    cur = conn.execute(
        "INSERT INTO structural_work(activity_type, held_on, duration_minutes, participants, note) "
        "VALUES (?, ?, ?, ?, ?)",
        (values[0], values[1].isoformat(), values[2], values[3], values[4]))
    log.info("structural work %d added (%s)", cur.lastrowid, values[0])
    return int(cur.lastrowid)


def update_activity(conn: Connection, activity_id: int, activity_type: str,
                    held_on: dt.date | str,
                    duration_minutes: int, participants: int | None = None,
                    note: str | None = None) -> None:
    values = _validate(activity_type, held_on, duration_minutes, participants, note)
    cur = conn.execute(
        f"UPDATE structural_work SET activity_type = ?, held_on = ?, duration_minutes = ?, "
        f"participants = ?, note = ?, updated_at = {_NOW} WHERE id = ?",
        (values[0], values[1].isoformat(), values[2], values[3], values[4], activity_id))
    if cur.rowcount == 0:
        raise UserError(Msg("structural_work.entry_does_not_exist_any_more"))


def delete_activity(conn: Connection, activity_id: int) -> None:
    if conn.execute("DELETE FROM structural_work WHERE id = ?", (activity_id,)).rowcount == 0:
        raise UserError(Msg("structural_work.entry_does_not_exist_any_more"))
    log.info("structural work %d deleted", activity_id)


def list_activities(conn: Connection, *, start: dt.date | None = None,
                    end: dt.date | None = None, activity_type: str | None = None,
                    limit: int = 1000) -> list[Activity]:
    """Entries, newest first."""
    clauses, params = [], []
    if start is not None:
        clauses.append("held_on >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("held_on <= ?")
        params.append(end.isoformat())
    if activity_type:
        clauses.append("activity_type = ?")
        params.append(activity_type)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT id, activity_type, held_on, duration_minutes, participants, note "
        f"FROM structural_work{where} ORDER BY held_on DESC, id DESC LIMIT ?",
        (*params, int(limit))).fetchall()
    return [Activity(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5]) for r in rows]


def totals(conn: Connection, start: dt.date, end: dt.date) -> list[ActivityTotal]:
    """Per activity type: number of activities, participants and minutes (for statistics)."""
    rows = conn.execute(
        "SELECT activity_type, count(*), coalesce(sum(participants), 0), sum(duration_minutes) "
        "FROM structural_work WHERE held_on BETWEEN ? AND ? GROUP BY activity_type "
        "ORDER BY activity_type", (start.isoformat(), end.isoformat()))
    return [ActivityTotal(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]
