"""Appointments (Termine): plan the week, flag overlaps, turn an appointment into a record.

An appointment has a day, a start time and a duration in local time (Europe/Berlin), a
kind (reference list `appointment_kind`), a place (the office, an outreach place from the
local list, or another office), optionally a client, an interpreter need and a note.
Appointments of a client are case data: Art. 15 export, deletion with the case, handover
and the Art. 18 restriction (database triggers, db/0015) cover them.

One that took place becomes a consultation (`record_consultation`) or, for a group kind,
a Strukturarbeit entry (`record_structural_work`); `recorded_as` marks it so it is never
taken over twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import Any

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import consultations, structural_work
from mfd_desktop.domain.casework.clients import clean_text, require_client
from mfd_desktop.domain.deadlines.deadlines import as_date
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.appointments")

LIST_NAME = "appointment_kind"
PLACE_KINDS = ("office", "outreach", "other_office")
GROUP_KINDS = ("gruppenangebot", "infoveranstaltung", "netzwerktreffen")
MAX_NOTE = 2000
MAX_PLACE = 200
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"


@dataclass
class Appointment:
    day: dt.date | str
    start_time: str
    duration_minutes: int | str
    kind: str = "beratung"
    place_kind: str = "office"
    outreach_place_id: int | None = None
    place_text: str = ""
    client_id: int | None = None
    interpreter_needed: bool = False
    interpreter_language: str | None = None
    note: str = ""
    id: int | None = None
    recorded_as: str | None = None
    recorded_id: int | None = None
    case_number: str | None = None  # filled when read
    client_name: str | None = None  # filled when read

    @property
    def date(self) -> dt.date:
        return self.day if isinstance(self.day, dt.date) else dt.date.fromisoformat(self.day)

    @property
    def start(self) -> dt.datetime:
        hour, minute = (int(p) for p in self.start_time.split(":"))
        return dt.datetime.combine(self.date, dt.time(hour, minute))

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=int(self.duration_minutes))

    @property
    def is_group(self) -> bool:
        return self.kind in GROUP_KINDS

    @property
    def kind_label(self) -> str:
        return reference.label(LIST_NAME, self.kind)


@dataclass(frozen=True)
class OutreachPlace:
    id: int
    name: str
    active: bool


def kinds() -> list[tuple[str, Msg]]:
    """(key, label) of the appointment kinds offered for new appointments."""
    return [(v.key, v.text()) for v in reference.get(LIST_NAME).active()]


def parse_time(value: str) -> str:
    """'HH:MM' (also 'H:MM', 'HH.MM') → 'HH:MM'; else a German UserError."""
    text = str(value or "").strip().replace(".", ":")
    try:
        hour_text, minute_text = text.split(":")
        hour, minute = int(hour_text), int(minute_text)
    except ValueError:
        raise UserError(Msg("appointments.time_invalid")) from None
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise UserError(Msg("appointments.time_invalid"))
    return f"{hour:02d}:{minute:02d}"


def validate(conn: Connection, appointment: Appointment) -> Appointment:
    a = replace(appointment)
    day = as_date(a.day, "Datum")
    if day is None:
        raise UserError(Msg("appointments.date_enter"))
    a.day = day
    a.start_time = parse_time(a.start_time)
    try:
        minutes = int(str(a.duration_minutes).strip())
    except ValueError:
        raise UserError(Msg("appointments.duration_invalid")) from None
    if not 1 <= minutes <= 1440:
        raise UserError(Msg("appointments.duration_invalid"))
    a.duration_minutes = minutes
    a.kind = reference.require(LIST_NAME, a.kind, "Terminart", allow_none=False)
    if a.place_kind not in PLACE_KINDS:
        raise UserError(Msg("appointments.place_invalid"))
    a.place_text = clean_text(a.place_text, "Ort", MAX_PLACE) or ""
    if a.place_kind == "outreach":
        if a.outreach_place_id is None:
            raise UserError(Msg("appointments.outreach_place_choose"))
        row = conn.execute("SELECT name FROM outreach_places WHERE id = ?",
                           (a.outreach_place_id,)).fetchone()
        if row is None:
            raise UserError(Msg("appointments.outreach_place_choose"))
        a.place_text = str(row[0])
    else:
        a.outreach_place_id = None
        if a.place_kind == "office":
            a.place_text = ""
        elif not a.place_text:
            raise UserError(Msg("appointments.other_office_enter"))
    if a.client_id is not None:
        require_client(conn, a.client_id)
    a.interpreter_needed = bool(a.interpreter_needed or a.interpreter_language)
    a.interpreter_language = reference.require("languages", a.interpreter_language,
                                               "Sprache")
    a.note = clean_text(a.note, "Notiz", MAX_NOTE, multiline=True) or ""
    return a


_COLS = ("day", "start_time", "duration_minutes", "kind", "place_kind", "outreach_place_id",
         "place_text", "client_id", "interpreter_needed", "interpreter_language", "note")


def _values(a: Appointment) -> tuple[Any, ...]:
    out: list[Any] = []
    for col in _COLS:
        value = getattr(a, col)
        if isinstance(value, bool):
            value = int(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out.append(value)
    return tuple(out)


def add_appointment(conn: Connection, appointment: Appointment) -> int:
    with transaction(conn):
        a = validate(conn, appointment)
        cur = conn.execute(
            f"INSERT INTO appointments({', '.join(_COLS)}) "
            f"VALUES ({', '.join('?' for _ in _COLS)})", _values(a))
    new_id = int(cur.lastrowid)
    log.info("appointment %d added", new_id)
    return new_id


def update_appointment(conn: Connection, appointment_id: int, appointment: Appointment) -> None:
    with transaction(conn):
        a = validate(conn, appointment)
        cur = conn.execute(
            f"UPDATE appointments SET {', '.join(f'{c} = ?' for c in _COLS)}, "
            f"updated_at = {_NOW} WHERE id = ?", (*_values(a), appointment_id))
        if cur.rowcount == 0:
            raise UserError(Msg("appointments.does_not_exist_any_more"))
    log.info("appointment %d updated", appointment_id)


def delete_appointment(conn: Connection, appointment_id: int) -> None:
    with transaction(conn):
        if conn.execute("DELETE FROM appointments WHERE id = ?",
                        (appointment_id,)).rowcount == 0:
            raise UserError(Msg("appointments.does_not_exist_any_more"))
    log.info("appointment %d deleted", appointment_id)


_SELECT = (
    "SELECT a.id, a.day, a.start_time, a.duration_minutes, a.kind, a.place_kind, "
    "a.outreach_place_id, a.place_text, a.client_id, a.interpreter_needed, "
    "a.interpreter_language, a.note, a.recorded_as, a.recorded_id, c.case_number, c.name "
    "FROM appointments a LEFT JOIN clients c ON c.id = a.client_id")


def _from_row(r: Any) -> Appointment:
    return Appointment(
        id=r[0], day=dt.date.fromisoformat(r[1]), start_time=r[2], duration_minutes=r[3],
        kind=r[4], place_kind=r[5], outreach_place_id=r[6], place_text=r[7], client_id=r[8],
        interpreter_needed=bool(r[9]), interpreter_language=r[10], note=r[11],
        recorded_as=r[12], recorded_id=r[13], case_number=r[14], client_name=r[15])


def get_appointment(conn: Connection, appointment_id: int) -> Appointment:
    row = conn.execute(f"{_SELECT} WHERE a.id = ?", (appointment_id,)).fetchone()
    if row is None:
        raise UserError(Msg("appointments.does_not_exist_any_more"))
    return _from_row(row)


def list_range(conn: Connection, start: dt.date, end: dt.date, *,
               client_id: int | None = None) -> list[Appointment]:
    """Appointments from `start` to `end` (both days included), in time order."""
    params: list[Any] = [start.isoformat(), end.isoformat()]
    extra = ""
    if client_id is not None:
        extra = " AND a.client_id = ?"
        params.append(client_id)
    rows = conn.execute(f"{_SELECT} WHERE a.day >= ? AND a.day <= ?{extra} "
                        "ORDER BY a.day, a.start_time, a.id", params).fetchall()
    return [_from_row(r) for r in rows]


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week of `day`."""
    return day - dt.timedelta(days=day.weekday())


def conflicts(items: list[Appointment]) -> set[int]:
    """Ids of appointments that overlap another one (end == next start is no overlap)."""
    ordered = sorted((a for a in items if a.id is not None), key=lambda a: a.start)
    clashing: set[int] = set()
    latest_end: dt.datetime | None = None
    latest_id: int | None = None
    for a in ordered:
        assert a.id is not None
        if latest_end is not None and a.start < latest_end:
            clashing.add(a.id)
            if latest_id is not None:
                clashing.add(latest_id)
        if latest_end is None or a.end > latest_end:
            latest_end, latest_id = a.end, a.id
    return clashing


def conflicts_with(conn: Connection, appointment: Appointment) -> list[Appointment]:
    """Stored appointments overlapping `appointment` (itself excluded), for the dialog."""
    a = appointment
    others = list_range(conn, a.date - dt.timedelta(days=1), a.date)
    return [o for o in others if o.id != a.id and o.start < a.end and a.start < o.end]


# ----- from an appointment to a record ---------------------------------------------------

def _ensure_not_recorded(a: Appointment) -> None:
    if a.recorded_as is not None:
        raise UserError(Msg("appointments.already_recorded"))


def consultation_draft(conn: Connection, appointment_id: int) -> consultations.Consultation:
    """A consultation prefilled from the appointment (date, client, duration, channel from
    the place, interpreter); the caller may edit it before `record_consultation`."""
    a = get_appointment(conn, appointment_id)
    _ensure_not_recorded(a)
    if a.client_id is None:
        raise UserError(Msg("appointments.no_client"))
    channel = "aufsuchend" if a.place_kind == "outreach" else "persoenlich"
    return consultations.Consultation(
        client_id=a.client_id, held_on=a.date.isoformat(),
        duration_minutes=int(a.duration_minutes), channel=channel,
        interpreter_used=a.interpreter_needed)


def record_consultation(conn: Connection, appointment_id: int,
                        consultation: consultations.Consultation | None = None) -> int:
    """Record the consultation of this appointment (the draft when none is given) and mark
    the appointment; all in one transaction. Returns the consultation id."""
    with transaction(conn):
        a = get_appointment(conn, appointment_id)
        _ensure_not_recorded(a)
        c = consultation or consultation_draft(conn, appointment_id)
        if c.client_id != a.client_id:
            raise UserError(Msg("appointments.no_client"))
        cid = consultations.add_consultation(conn, c)
        conn.execute("UPDATE appointments SET recorded_as = 'consultation', recorded_id = ?, "
                     f"updated_at = {_NOW} WHERE id = ?", (cid, appointment_id))
    log.info("appointment %d recorded as consultation %d", appointment_id, cid)
    return cid


def structural_activity_of(kind: str) -> str | None:
    value = reference.get(LIST_NAME).value(kind)
    if value is None:
        return None
    activity = value.extra.get("structural_activity")
    return str(activity) if activity else None


def record_structural_work(conn: Connection, appointment_id: int, *, participants: int | None,
                           topic: str = "", duration_minutes: int | None = None) -> int:
    """A group appointment that took place becomes the matching Strukturarbeit entry
    (participants, topic as its note, duration); the appointment is marked so it is
    never counted twice. Returns the structural_work id."""
    with transaction(conn):
        a = get_appointment(conn, appointment_id)
        _ensure_not_recorded(a)
        activity = structural_activity_of(a.kind)
        if activity is None:
            raise UserError(Msg("appointments.not_a_group_appointment"))
        if a.date > dt.date.today():
            raise UserError(Msg("appointments.not_yet_taken_place"))
        minutes = int(duration_minutes if duration_minutes is not None else a.duration_minutes)
        sid = structural_work.add_activity(conn, activity, a.date, minutes,
                                           participants, topic)
        conn.execute("UPDATE appointments SET recorded_as = 'structural_work', "
                     f"recorded_id = ?, updated_at = {_NOW} WHERE id = ?",
                     (sid, appointment_id))
    log.info("appointment %d recorded as structural work %d", appointment_id, sid)
    return sid


# ----- outreach places ---------------------------------------------------------------------

def outreach_places(conn: Connection, *, include_inactive: bool = False) -> list[OutreachPlace]:
    where = "" if include_inactive else " WHERE active = 1"
    rows = conn.execute(f"SELECT id, name, active FROM outreach_places{where} "
                        "ORDER BY name COLLATE NOCASE").fetchall()
    return [OutreachPlace(r[0], r[1], bool(r[2])) for r in rows]


def add_outreach_place(conn: Connection, name: str) -> int:
    text = clean_text(name, "Ort", MAX_PLACE)
    if not text:
        raise UserError(Msg("appointments.outreach_place_name_enter"))
    with transaction(conn):
        row = conn.execute("SELECT id FROM outreach_places WHERE name = ? COLLATE NOCASE",
                           (text,)).fetchone()
        if row is not None:
            conn.execute("UPDATE outreach_places SET active = 1 WHERE id = ?", (row[0],))
            return int(row[0])
        cur = conn.execute("INSERT INTO outreach_places(name) VALUES (?)", (text,))
    return int(cur.lastrowid)


def set_outreach_place_active(conn: Connection, place_id: int, active: bool) -> None:
    with transaction(conn):
        conn.execute("UPDATE outreach_places SET active = ? WHERE id = ?",
                     (int(active), place_id))


# ----- for the views (week page, Heute) ----------------------------------------------------

@dataclass(frozen=True)
class ClientChoice:
    id: int
    case_number: str
    name: str


def client_choices(conn: Connection) -> list[ClientChoice]:
    """Open and resting cases for the client picker, by case number."""
    from mfd_desktop.domain.casework import search

    rows = conn.execute("SELECT id, case_number, name, pseudonym, anonymous FROM clients "
                        "WHERE status <> 'abgeschlossen' ORDER BY case_number").fetchall()
    return [ClientChoice(r[0], r[1], search.display_name(r[2], r[3], r[4])) for r in rows]


@dataclass(frozen=True)
class Span:
    """What a view shows for a range: own appointments (with their overlaps flagged) and
    imported calendar events (recurring ones expanded)."""

    start: dt.date
    end: dt.date
    appointments: list[Appointment]
    conflicts: set[int]
    imported: list[Any]  # ical.ImportedEvent

    def day(self, day: dt.date) -> tuple[list[Appointment], list[Any]]:
        first = dt.datetime.combine(day, dt.time())
        last = first + dt.timedelta(days=1)
        return ([a for a in self.appointments if a.date == day],
                [e for e in self.imported
                 if e.start < last and (e.end > first or e.start >= first)])


def span(conn: Connection, start: dt.date, end: dt.date) -> Span:
    from mfd_desktop.domain.appointments import ical

    items = list_range(conn, start, end)
    # an appointment of the evening before can reach into the first day
    around = list_range(conn, start - dt.timedelta(days=1), end)
    return Span(start, end, items, conflicts(around), ical.occurrences(conn, start, end))


def week(conn: Connection, monday: dt.date) -> Span:
    return span(conn, monday, monday + dt.timedelta(days=6))


def today_and_tomorrow(conn: Connection, today: dt.date | None = None) -> Span:
    day = today or dt.date.today()
    return span(conn, day, day + dt.timedelta(days=1))
