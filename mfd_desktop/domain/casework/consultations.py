"""Consultations (Beratungen): date, duration, channel, method, topics, service,
Sprachmittlung, note.

The service (Dienst: MFD, MBE, JMD, …) is the programme the consultation was held in; a
new consultation takes the case's service unless another is given. Sprachmittlung: the
kind (professional, volunteer, relatives, digital), the language pair (the client's
language and, usually, German), an interpreter from the address book (interpreters.py)
and whether a relative who interpreted was a minor — allowed to record, but
`interpreting_warnings` says that a minor should never interpret (the GUI shows it).

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
    service: str | None = None  # None on a new consultation: the case's service
    interpreting_language: str | None = None  # key: languages (the client's side)
    interpreting_into: str | None = None  # key: languages (usually "de")
    interpreter_minor: bool = False
    interpreter_id: int | None = None


_COLS = ("client_id", "held_on", "duration_minutes", "channel", "method", "interpreter_used",
         "sprachmittlung", "note", "service", "interpreting_language", "interpreting_into",
         "interpreter_minor", "interpreter_id")


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
    c.service = reference.require("service", c.service, "Dienst")
    c.interpreting_language = reference.require("languages", c.interpreting_language, "Sprache")
    c.interpreting_into = reference.require("languages", c.interpreting_into, "Sprache")
    c.interpreter_id = int(c.interpreter_id) if c.interpreter_id else None
    c.interpreter_minor = bool(c.interpreter_minor) and c.sprachmittlung == "angehoerige"
    if (c.sprachmittlung or c.interpreting_language or c.interpreter_id is not None) \
            and not c.interpreter_used:
        c.interpreter_used = True
    if not c.interpreter_used:  # "keine": nothing about interpreting is kept
        c.sprachmittlung = c.interpreting_language = c.interpreting_into = None
        c.interpreter_id, c.interpreter_minor = None, False
    elif c.interpreting_language and not c.interpreting_into:
        c.interpreting_into = "de"
    c.note = clean_text(c.note, "Notiz", MAX_NOTE, multiline=True) or ""
    return c


def interpreting_warnings(consultation: Consultation) -> list[Msg]:
    """What the form should point out (nothing is refused): a minor relative interpreted."""
    c = consultation
    if c.interpreter_used and c.sprachmittlung == "angehoerige" and c.interpreter_minor:
        return [Msg("consultations.interpreter_never_minor")]
    return []


def _require_interpreter(conn: Connection, interpreter_id: int | None) -> None:
    if interpreter_id is not None and conn.execute(
            "SELECT 1 FROM interpreters WHERE id = ?", (interpreter_id,)).fetchone() is None:
        raise UserError(Msg("interpreters.gone"))


def case_service(conn: Connection, client_id: int) -> str | None:
    row = conn.execute("SELECT service FROM clients WHERE id = ?", (client_id,)).fetchone()
    return row[0] if row else None


def _values(c: Consultation) -> tuple[Any, ...]:
    return tuple(int(v) if isinstance(v, bool) else v for v in (getattr(c, k) for k in _COLS))


def add_consultation(conn: Connection, consultation: Consultation) -> int:
    c = validate(consultation)
    with transaction(conn):
        require_client(conn, c.client_id)
        _require_interpreter(conn, c.interpreter_id)
        if c.service is None:
            c.service = case_service(conn, c.client_id)
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
        _require_interpreter(conn, c.interpreter_id)
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
    data["interpreter_minor"] = bool(data["interpreter_minor"])
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
