"""iCalendar (RFC 5545) export and import of appointments.

Export: an exported calendar usually ends up on a mail server, so by default it holds
no personal data at all: SUMMARY "Termin (MFD)", the kind and the place only — never a
name, a note or an interpreter language. `with_case_number=True` adds the case number
to the summary, still never a name. Times are local Europe/Berlin with a VTIMEZONE
(zoneinfo + tzdata, so Windows has the rules too).

Import: events of an .ics file (e.g. the office's opening hours) are stored apart in
`imported_events`, shown as imported; a recurring event (RRULE, EXDATE) is expanded for
the range shown (`occurrences`). A malformed file raises one German UserError and
changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from dateutil import rrule

from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.appointments.ical")

BERLIN = ZoneInfo("Europe/Berlin")
SUMMARY = "Termin (MFD)"
PRODID = "-//MFD Desktop//Termine//DE"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 10_000
MAX_OCCURRENCES = 5_000
MAX_TEXT = 500
_PLACE_OFFICE = "Beratungsstelle"
_UID_NAMESPACE = uuid.UUID("0b5c8f9e-6a43-4a8e-9d0e-2f1f2b7a9c11")


# ----- export ------------------------------------------------------------------------------

def _place(a: appts.Appointment) -> str:
    if a.place_kind == "office":
        return _PLACE_OFFICE
    return a.place_text


def _uid(a: appts.Appointment, salt: str) -> str:
    # Stable across re-exports (a calendar updates instead of duplicating), says nothing.
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{salt}:{a.id}')}@mfd-desktop"


def _vault_salt(conn: Connection) -> str:
    row = conn.execute("SELECT min(created_at) FROM appointments").fetchone()
    return hashlib.sha256(str(row[0] if row else "").encode()).hexdigest()[:16]


EXPORT_DAYS_BACK = 7  # the default range of an export (command line and app)
EXPORT_DAYS_AHEAD = 90


def default_export_range(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    day = today or dt.date.today()
    return day - dt.timedelta(days=EXPORT_DAYS_BACK), day + dt.timedelta(days=EXPORT_DAYS_AHEAD)


def export_calendar(conn: Connection, start: dt.date, end: dt.date, *,
                    with_case_number: bool = False,
                    now: dt.datetime | None = None) -> bytes:
    """The appointments from `start` to `end` as an iCalendar file (bytes)."""
    if end < start:
        raise UserError(Msg("appointments.range_invalid"))
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    salt = _vault_salt(conn)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for a in appts.list_range(conn, start, end):
        event = icalendar.Event()
        event.add("uid", _uid(a, salt))
        event.add("dtstamp", stamp)
        event.add("dtstart", a.start.replace(tzinfo=BERLIN))
        event.add("dtend", a.end.replace(tzinfo=BERLIN))
        summary = SUMMARY
        if with_case_number and a.case_number:
            summary = f"{SUMMARY} {a.case_number}"
        event.add("summary", summary)
        event.add("categories", [a.kind_label])
        event.add("description", a.kind_label)
        place = _place(a)
        if place:
            event.add("location", place)
        cal.add_component(event)
    cal.add_missing_timezones()
    log.info("calendar exported (%d events)", len(cal.walk("VEVENT")))
    return bytes(cal.to_ical())


def write_export(conn: Connection, out: Path, start: dt.date, end: dt.date, *,
                 with_case_number: bool = False) -> int:
    """Write the export to `out` atomically; returns the number of events."""
    from mfd_desktop.security.atomic import atomic_write_bytes

    data = export_calendar(conn, start, end, with_case_number=with_case_number)
    atomic_write_bytes(out, data)
    return data.count(b"BEGIN:VEVENT")


# ----- import ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportedEvent:
    id: int
    summary: str
    location: str
    start: dt.datetime  # local, naive (Europe/Berlin wall clock)
    end: dt.datetime
    all_day: bool
    recurring: bool


@dataclass(frozen=True)
class ImportResult:
    events: int
    recurring: int


def _bad() -> UserError:
    return UserError(Msg("appointments.ics_invalid"))


def _local(value: Any) -> tuple[dt.datetime, bool]:
    """A DTSTART/EXDATE value as a naive Europe/Berlin wall-clock time, and all-day."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BERLIN).replace(tzinfo=None)
        return value.replace(second=0, microsecond=0), False
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()), True
    raise _bad()


def _property_text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = "".join(ch for ch in text if ch.isprintable())
    return text[:MAX_TEXT]


def _duration(event: Any, start_value: Any, start: dt.datetime, all_day: bool) -> int:
    if event.get("dtend") is not None:
        end, _ = _local(event.decoded("dtend"))
        minutes = int((end - start).total_seconds() // 60)
    elif event.get("duration") is not None:
        delta = event.decoded("duration")
        if not isinstance(delta, dt.timedelta):
            raise _bad()
        minutes = int(delta.total_seconds() // 60)
    else:
        minutes = 24 * 60 if all_day else 0
    if not 0 <= minutes <= 527040:
        raise _bad()
    return minutes


def _exdates(event: Any) -> list[str]:
    raw = event.get("exdate")
    if raw is None:
        return []
    lists = raw if isinstance(raw, list) else [raw]
    out = []
    for item in lists:
        for d in getattr(item, "dts", []):
            local, _ = _local(d.dt)
            out.append(local.isoformat(timespec="minutes"))
    return out


def _rrule_text(event: Any, start: dt.datetime) -> str | None:
    raw = event.get("rrule")
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = raw[0]
    text = raw.to_ical().decode("ascii")
    # Checked now, so a file whose rule cannot be expanded is refused as a whole.
    rule = rrule.rrulestr(text, dtstart=start, ignoretz=True)
    next(iter(rule), None)
    return str(text)


def _check_structure(data: bytes) -> None:
    """BEGIN/END properly nested and only VCALENDARs at the top: the library is lenient
    and would drop a broken part silently, so a file is checked before it is parsed."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad() from None
    stack: list[str] = []
    seen_calendar = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line or line[0] in " \t":
            continue  # empty or a folded continuation line
        name, sep, value = line.partition(":")
        if not sep:
            raise _bad()
        name = name.strip().upper()
        if name in ("BEGIN", "END"):
            value = value.strip().upper()
            if name == "BEGIN":
                if not stack and value != "VCALENDAR":
                    raise _bad()
                seen_calendar = True
                stack.append(value)
                if len(stack) > 8:
                    raise _bad()
            elif not stack or stack.pop() != value:
                raise _bad()
        elif not stack:
            raise _bad()
    if stack or not seen_calendar:
        raise _bad()


def parse_ics(data: bytes) -> list[dict[str, Any]]:
    """The events of an .ics file as rows for `imported_events`; UserError if malformed."""
    if len(data) > MAX_FILE_BYTES:
        raise UserError(Msg("appointments.ics_too_large"))
    _check_structure(data)
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
        if not calendars:
            raise _bad()
        rows: list[dict[str, Any]] = []
        for cal in calendars:
            if cal.name != "VCALENDAR":
                raise _bad()
            for event in cal.walk("VEVENT"):
                if event.get("dtstart") is None:
                    raise _bad()
                start_value = event.decoded("dtstart")
                start, all_day = _local(start_value)
                rows.append({
                    "uid": _property_text(event, "uid") or uuid.uuid4().hex,
                    "summary": _property_text(event, "summary"),
                    "location": _property_text(event, "location"),
                    "starts_at": start.isoformat(timespec="minutes"),
                    "all_day": int(all_day),
                    "duration_minutes": _duration(event, start_value, start, all_day),
                    "rrule": _rrule_text(event, start),
                    "exdates": json.dumps(_exdates(event)),
                })
                if len(rows) > MAX_EVENTS:
                    raise UserError(Msg("appointments.ics_too_many_events",
                                        limit=MAX_EVENTS))
    except UserError:
        raise
    except Exception:  # whatever a hostile file makes the parser raise: one message
        raise _bad() from None
    return rows


def import_calendar(conn: Connection, data: bytes, source: str = "") -> ImportResult:
    """Store the events of an .ics file (all or nothing). An event with a UID already
    imported is replaced, so importing the same file again changes nothing."""
    rows = parse_ics(data)
    source = "".join(ch for ch in source if ch.isprintable())[:200]
    with transaction(conn):
        for row in rows:
            conn.execute("DELETE FROM imported_events WHERE uid = ?", (row["uid"],))
        for row in rows:
            conn.execute(
                "INSERT INTO imported_events(uid, summary, location, starts_at, all_day, "
                "duration_minutes, rrule, exdates, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["uid"], row["summary"], row["location"], row["starts_at"],
                 row["all_day"], row["duration_minutes"], row["rrule"], row["exdates"],
                 source))
    recurring = sum(1 for r in rows if r["rrule"])
    log.info("calendar imported (%d events, %d recurring)", len(rows), recurring)
    return ImportResult(len(rows), recurring)


def import_file(conn: Connection, path: Path) -> ImportResult:
    try:
        if not path.is_file():
            raise UserError(Msg("appointments.ics_not_a_file"))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise UserError(Msg("appointments.ics_not_readable")) from None
    return import_calendar(conn, data, path.name)


def occurrences(conn: Connection, start: dt.date, end: dt.date) -> list[ImportedEvent]:
    """Imported events from `start` to `end` (both days included), recurring ones expanded
    in local wall-clock time (10:00 stays 10:00 across the DST change), EXDATEs left out."""
    first = dt.datetime.combine(start, dt.time())
    last = dt.datetime.combine(end, dt.time(23, 59))
    out: list[ImportedEvent] = []
    rows = conn.execute("SELECT id, summary, location, starts_at, all_day, duration_minutes, "
                        "rrule, exdates FROM imported_events").fetchall()
    for r in rows:
        base = dt.datetime.fromisoformat(r[3])
        length = dt.timedelta(minutes=int(r[5]))
        if r[6]:
            excluded = {dt.datetime.fromisoformat(x) for x in json.loads(r[7])}
            rule = rrule.rrulestr(r[6], dtstart=base, ignoretz=True)
            starts = []
            for when in rule.xafter(first - length, count=MAX_OCCURRENCES, inc=True):
                if when > last:
                    break
                if when not in excluded:
                    starts.append(when)
        else:
            starts = [base]
        for when in starts:
            if when + length < first or when > last or (when + length == first and length):
                continue
            out.append(ImportedEvent(r[0], r[1], r[2], when, when + length, bool(r[4]),
                                     bool(r[6])))
    out.sort(key=lambda e: (e.start, e.id))
    return out


def delete_imported(conn: Connection) -> int:
    """Remove every imported event (e.g. before importing a new version of the hours)."""
    with transaction(conn):
        return int(conn.execute("DELETE FROM imported_events").rowcount)
