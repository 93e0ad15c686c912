"""Kurzkontakte: an anonymous one-click tally (channel + topic), counted in statistics.

Nothing about the person is stored: no name, no free text, not even the time of day
(only the date), so a tally can never be matched to a visitor. Undo removes one entry
by id (the GUI remembers the ids it added in this session).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from mfd_desktop.domain import reference
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.domain.short_contacts")


@dataclass(frozen=True)
class TallyCount:
    channel: str
    topic: str
    count: int


def add(conn: Connection, channel: str, topic: str, on: dt.date | None = None) -> int:
    """Count one short contact; returns its id (for undo)."""
    reference.require("channel", channel, "Beratungsweg", allow_none=False)
    reference.require("topics", topic, "Thema", allow_none=False)
    day = on or dt.date.today()
    cur = conn.execute("INSERT INTO short_contacts(contact_on, channel, topic) VALUES (?, ?, ?)",
                       (day.isoformat(), channel, topic))
    return int(cur.lastrowid)


def remove(conn: Connection, contact_id: int) -> bool:
    """Undo one tally entry; False if it was already gone."""
    removed: bool = conn.execute("DELETE FROM short_contacts WHERE id = ?",
                                 (contact_id,)).rowcount > 0
    if removed:
        log.info("short contact %d undone", contact_id)
    return removed


def undo_last(conn: Connection, on: dt.date | None = None) -> bool:
    """Remove the most recent entry of the day `on` (default today); False if there is none."""
    day = (on or dt.date.today()).isoformat()
    row = conn.execute("SELECT max(id) FROM short_contacts WHERE contact_on = ?", (day,)).fetchone()
    if row is None or row[0] is None:
        return False
    return remove(conn, int(row[0]))


def count(conn: Connection, start: dt.date, end: dt.date) -> int:
    """Number of short contacts from `start` to `end` inclusive."""
    if end < start:
        raise UserError(Msg("short_contacts.end_period_before_its_start"))
    return int(conn.execute("SELECT count(*) FROM short_contacts WHERE contact_on BETWEEN ? AND ?",
                            (start.isoformat(), end.isoformat())).fetchone()[0])


def counts(conn: Connection, start: dt.date, end: dt.date) -> list[TallyCount]:
    """Counts per channel and topic from `start` to `end` inclusive (for statistics)."""
    rows = conn.execute(
        "SELECT channel, topic, count(*) FROM short_contacts WHERE contact_on BETWEEN ? AND ? "
        "GROUP BY channel, topic ORDER BY channel, topic", (start.isoformat(), end.isoformat()))
    return [TallyCount(r[0], r[1], int(r[2])) for r in rows]
