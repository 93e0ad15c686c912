"""Consultations (Beratungen): date, duration, channel, method, topics, interpreter, note.

The note is free text and personal; it is indexed for search inside the vault and never
logged. Drafts of notes being typed are kept by the GUI's DraftKeeper (storage/drafts).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import search
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.consultations")

MAX_NOTE = 100_000


@dataclass
class Consultation:
    client_id: int
    held_on: str | None = None
    duration_minutes: int | None = None
    channel: str = "persoenlich"
    method: str = "einzelfallberatung"
    topics: list[str] = field(default_factory=list)
    interpreter_used: bool = False
    sprachmittlung: str | None = None
    note: str = ""
    id: int | None = None


_COLS = ("client_id", "held_on", "duration_minutes", "channel", "method", "interpreter_used",
         "sprachmittlung", "note")


def validate(consultation: Consultation, *, today: dt.date | None = None) -> Consultation:
    today = today or dt.date.today()
    c = replace(consultation)
    c.held_on = parse_date(c.held_on, "Datum") or today.isoformat()
    if c.held_on > (today + dt.timedelta(days=366)).isoformat():
        raise UserError(Msg("consultations.date_consultation_more_than_year_in"))
    raw_minutes: object = c.duration_minutes  # a form may hand in text
    if raw_minutes in ("", None):
        c.duration_minutes = None
    else:
        try:
            c.duration_minutes = int(str(raw_minutes).strip())
        except ValueError:
            raise UserError(Msg("consultations.duration_enter_minutes_as_number")) from None
        if not 0 <= c.duration_minutes <= 1440:
            raise UserError(Msg("consultations.duration_enter_between_0_1440_minutes"))
    c.channel = reference.require("channel", c.channel, "Beratungsweg", allow_none=False)
    c.method = reference.require("method", c.method, "Beratungsform", allow_none=False)
    c.topics = reference.require_many("topics", c.topics, "Themen")
    c.interpreter_used = bool(c.interpreter_used)
    c.sprachmittlung = reference.require("sprachmittlung", c.sprachmittlung, "Sprachmittlung")
    if c.sprachmittlung and not c.interpreter_used:
        c.interpreter_used = True
    c.note = clean_text(c.note, "Notiz", MAX_NOTE, multiline=True) or ""
    return c


def _values(c: Consultation) -> tuple[Any, ...]:
    return tuple(int(v) if isinstance(v, bool) else v for v in (getattr(c, k) for k in _COLS))


def add_consultation(conn: Connection, consultation: Consultation) -> int:
    c = validate(consultation)
    with transaction(conn):
        require_client(conn, c.client_id)
        cur = conn.execute(
            f"INSERT INTO consultations({', '.join(_COLS)}) VALUES ({', '.join('?' for _ in _COLS)})",
            _values(c))
        cid = int(cur.lastrowid)
        conn.executemany("INSERT INTO consultation_topics(consultation_id, topic) VALUES (?, ?)",
                         [(cid, t) for t in c.topics])
        search.index_consultation(conn, cid)
        touch(conn, c.client_id)
    log.info("consultation %d added for client %d", cid, c.client_id)
    return cid


def update_consultation(conn: Connection, consultation_id: int, consultation: Consultation) -> None:
    c = validate(consultation)
    with transaction(conn):
        cur = conn.execute(
            f"UPDATE consultations SET {', '.join(f'{k} = ?' for k in _COLS)}, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
            (*_values(c), consultation_id))
        if cur.rowcount == 0:
            raise UserError(Msg("consultations.consultation_does_not_exist_any_more"))
        conn.execute("DELETE FROM consultation_topics WHERE consultation_id = ?", (consultation_id,))
        conn.executemany("INSERT INTO consultation_topics(consultation_id, topic) VALUES (?, ?)",
                         [(consultation_id, t) for t in c.topics])
        search.index_consultation(conn, consultation_id)
        touch(conn, c.client_id)
    log.info("consultation %d updated", consultation_id)


def delete_consultation(conn: Connection, consultation_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM consultations WHERE id = ?", (consultation_id,))
    log.info("consultation %d deleted", consultation_id)


def _topics(conn: Connection, consultation_id: int) -> list[str]:
    return [t for (t,) in conn.execute(
        "SELECT topic FROM consultation_topics WHERE consultation_id = ? ORDER BY topic",
        (consultation_id,))]


def _from_row(conn: Connection, row: Any) -> Consultation:
    data = dict(zip(("id", *_COLS), row, strict=True))
    data["interpreter_used"] = bool(data["interpreter_used"])
    return Consultation(topics=_topics(conn, data["id"]), **data)


def get_consultation(conn: Connection, consultation_id: int) -> Consultation:
    row = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM consultations WHERE id = ?",
                       (consultation_id,)).fetchone()
    if row is None:
        raise UserError(Msg("consultations.consultation_does_not_exist_any_more"))
    return _from_row(conn, row)


def list_consultations(conn: Connection, client_id: int) -> list[Consultation]:
    rows = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM consultations WHERE client_id = ? "
                        "ORDER BY held_on DESC, id DESC", (client_id,)).fetchall()
    return [_from_row(conn, r) for r in rows]
