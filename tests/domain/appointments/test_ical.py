"""iCalendar export (parsed back with the library: no name, no note, local times across
the DST change) and import (RRULE expanded, EXDATE respected, hostile files refused)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.appointments import appointments as A
from mfd_desktop.domain.appointments import ical
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.errors import UserError

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "oeffnungszeiten.ics"
NAME = "Frau Ilvarena Kostadinova"
NOTE = "Notiz Flederwisch"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def planned(vault):
    conn = vault.conn
    cid = clients.create_client(conn, Client(name=NAME))
    place = A.add_outreach_place(conn, "Gemeinschaftsunterkunft Nord")
    ids = {
        "before_spring": A.add_appointment(conn, A.Appointment(
            "2026-03-28", "10:00", 60, client_id=cid, note=NOTE, interpreter_needed=True,
            interpreter_language="ar")),
        "after_spring": A.add_appointment(conn, A.Appointment(
            "2026-03-30", "10:00", 60, kind="sprechstunde", place_kind="outreach",
            outreach_place_id=place)),
        "before_autumn": A.add_appointment(conn, A.Appointment(
            "2026-10-24", "10:00", 30, client_id=cid, kind="begleitung",
            place_kind="other_office", place_text="Ausländerbehörde")),
        "after_autumn": A.add_appointment(conn, A.Appointment(
            "2026-10-26", "10:00", 30, kind="gruppenangebot")),
    }
    number = clients.get_client(conn, cid).case_number
    return conn, ids, number


def _events(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return cal, list(cal.walk("VEVENT"))


def test_export_has_no_personal_data_and_local_times(planned):
    conn, _ids, number = planned
    data = ical.export_calendar(conn, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for secret in (NAME, "Ilvarena", NOTE, "Flederwisch", number, "Arabisch", "ar"):
        if secret == "ar":
            assert b"LANGUAGE" not in data
            continue
        assert secret.encode() not in data
    cal, events = _events(data)
    assert [t["TZID"] for t in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert {str(e["SUMMARY"]) for e in events} == {"Termin (MFD)"}
    starts = [e.decoded("DTSTART") for e in events]
    assert all(s.tzinfo is not None and str(e["DTSTART"].params["TZID"]) == "Europe/Berlin"
               for s, e in zip(starts, events, strict=True))
    assert [s.astimezone(BERLIN).hour for s in starts] == [10, 10, 10, 10]
    # the same wall-clock hour is a different UTC hour on either side of the change
    assert [s.astimezone(dt.UTC).hour for s in starts] == [9, 8, 8, 9]
    assert [(e.decoded("DTEND") - e.decoded("DTSTART")) for e in events] == [
        dt.timedelta(minutes=m) for m in (60, 60, 30, 30)]
    assert [str(e["LOCATION"]) for e in events] == [
        "Beratungsstelle", "Gemeinschaftsunterkunft Nord", "Ausländerbehörde",
        "Beratungsstelle"]
    assert [str(e["DESCRIPTION"]) for e in events] == [
        "Beratung", "Sprechstunde", "Begleitung", "Gruppenangebot"]
    for e in events:
        assert set(e.keys()) <= {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY",
                                 "CATEGORIES", "DESCRIPTION", "LOCATION"}
    # stable UIDs: exporting again updates a calendar instead of duplicating
    again = ical.export_calendar(conn, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [e["UID"] for e in _events(again)[1]] == [e["UID"] for e in events]


def test_export_with_case_number_adds_it_but_never_a_name(planned):
    conn, ids, number = planned
    data = ical.export_calendar(conn, dt.date(2026, 3, 1), dt.date(2026, 3, 31),
                                with_case_number=True)
    assert NAME.encode() not in data and NOTE.encode() not in data
    _cal, events = _events(data)
    assert [str(e["SUMMARY"]) for e in events] == [f"Termin (MFD) {number}", "Termin (MFD)"]


def test_export_range_is_inclusive(planned):
    conn, _ids, _n = planned
    _cal, events = _events(ical.export_calendar(conn, dt.date(2026, 3, 30),
                                                dt.date(2026, 10, 24)))
    assert len(events) == 2
    with pytest.raises(UserError, match="Zeitraum"):
        ical.export_calendar(conn, dt.date(2026, 3, 30), dt.date(2026, 3, 1))


def test_import_sample_expands_rrule_and_respects_exdate(vault):
    conn = vault.conn
    result = ical.import_file(conn, SAMPLE)
    assert (result.events, result.recurring) == (3, 1)
    got = ical.occurrences(conn, dt.date(2026, 3, 23), dt.date(2026, 4, 12))
    hours = [(e.start.isoformat(timespec="minutes"), e.summary) for e in got]
    assert hours == [
        ("2026-03-23T10:00", "Offene Sprechstunde"),
        ("2026-03-25T14:00", "Teamsitzung"),          # 13:00 UTC in CET
        ("2026-03-26T10:00", "Offene Sprechstunde"),
        ("2026-03-30T10:00", "Offene Sprechstunde"),  # after the change still 10:00
        ("2026-04-02T10:00", "Offene Sprechstunde"),
        ("2026-04-03T00:00", "Karfreitag (geschlossen)"),
        # 2026-04-06 is an EXDATE (Ostermontag)
        ("2026-04-09T10:00", "Offene Sprechstunde"),
    ]
    assert all(e.recurring for e in got if e.summary == "Offene Sprechstunde")
    friday = next(e for e in got if e.all_day)
    assert friday.end - friday.start == dt.timedelta(days=1)
    assert got[0].location == "Beratungsstelle, Raum 2"
    # UNTIL ends the series
    assert [e.start.date() for e in ical.occurrences(conn, dt.date(2026, 4, 27),
                                                       dt.date(2026, 5, 10))] == [
        dt.date(2026, 4, 27), dt.date(2026, 4, 30)]
    # importing the same file again replaces, never duplicates
    ical.import_file(conn, SAMPLE)
    assert conn.execute("SELECT count(*) FROM imported_events").fetchone()[0] == 3
    # imported events are never exported again
    assert b"VEVENT" not in ical.export_calendar(conn, dt.date(2026, 1, 1),
                                                  dt.date(2026, 12, 31))


def test_an_event_across_midnight_shows_on_both_days(vault):
    conn = vault.conn
    ical.import_calendar(conn, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
                               b"BEGIN:VEVENT\r\nUID:n\r\nDTSTART:20260310T230000\r\n"
                               b"DTEND:20260311T010000\r\nSUMMARY:Nacht\r\nEND:VEVENT\r\n"
                               b"END:VCALENDAR\r\n")
    assert len(ical.occurrences(conn, dt.date(2026, 3, 11), dt.date(2026, 3, 11))) == 1
    assert ical.occurrences(conn, dt.date(2026, 3, 12), dt.date(2026, 3, 12)) == []


@pytest.mark.parametrize("data", [
    b"", b"kein Kalender", b"BEGIN:VCALENDAR\r\nEND:VCARD\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:ohne Beginn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026-13-45\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260310T100000\r\nRRULE:FREQ=NEVER\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n",
])
def test_malformed_files_get_one_german_message_and_change_nothing(vault, data):
    conn = vault.conn
    ical.import_file(conn, SAMPLE)
    with pytest.raises(UserError) as caught:
        ical.import_calendar(conn, data)
    text = str(caught.value)
    assert "\n" not in text and "nichts importiert" in text
    assert conn.execute("SELECT count(*) FROM imported_events").fetchone()[0] == 3


def test_missing_file_and_folder(vault, tmp_path):
    with pytest.raises(UserError, match="keine normale Datei"):
        ical.import_file(vault.conn, tmp_path / "fehlt.ics")
    with pytest.raises(UserError, match="keine normale Datei"):
        ical.import_file(vault.conn, tmp_path)


_LINES = st.lists(st.sampled_from([
    "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "VERSION:2.0",
    "DTSTART:20260310T100000", "DTSTART;VALUE=DATE:20260310", "DTSTART;TZID=Nirgendwo:2026",
    "DTEND:20260309T100000", "DURATION:P1D", "DURATION:-PT5M", "RRULE:FREQ=DAILY;COUNT=3",
    "RRULE:FREQ=WEEKLY;BYDAY=XX", "EXDATE:20260311T100000", "EXDATE:kaputt", "SUMMARY:\x00",
    "UID:a", "BEGIN:VTIMEZONE", "END:VTIMEZONE", "RRULE:FREQ=YEARLY;UNTIL=1900",
]) | st.text(max_size=40), max_size=25)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_LINES)
def test_hostile_input_is_imported_whole_or_refused_whole(vault, lines):
    conn = vault.conn
    before = conn.execute("SELECT count(*) FROM imported_events").fetchone()[0]
    data = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        result = ical.import_calendar(conn, data)
    except UserError as exc:
        assert "nichts importiert" in str(exc)
        assert conn.execute("SELECT count(*) FROM imported_events").fetchone()[0] == before
        return
    assert result.events >= 0
    # whatever was accepted can be shown
    ical.occurrences(conn, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    ical.delete_imported(conn)
