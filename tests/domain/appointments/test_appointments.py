"""Appointments: create/edit/delete, ranges, conflicts, consultation and Strukturarbeit from
an appointment (never twice), and the data-protection duties (Art. 15, 17, 18, handover)."""

from __future__ import annotations

import datetime as dt

import pytest

from mfd_desktop.domain.appointments import appointments as A
from mfd_desktop.domain.casework import clients, consultations, structural_work
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.errors import UserError
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.transaction import transaction
from tests.conftest import FAST_KDF

MARKER = "Terminmarker Quendolin"


@pytest.fixture
def client_id(vault):
    return clients.create_client(vault.conn, Client(name=MARKER, first_contact="2026-01-05"))


def _appt(**kw):
    base = {"day": "2026-03-10", "start_time": "10:00", "duration_minutes": 60}
    base.update(kw)
    return A.Appointment(**base)


def test_create_edit_delete_and_range(vault, client_id):
    conn = vault.conn
    first = A.add_appointment(conn, _appt(client_id=client_id, note=f"Notiz {MARKER}",
                                          interpreter_needed=True, interpreter_language="fa"))
    second = A.add_appointment(conn, _appt(day="2026-03-12", start_time="9.30", kind="begleitung",
                                           place_kind="other_office",
                                           place_text="Ausländerbehörde Mainz"))
    A.add_appointment(conn, _appt(day="2026-03-20"))
    week = A.list_range(conn, dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert [a.id for a in week] == [first, second]
    assert week[0].case_number and week[0].client_name == MARKER
    assert week[0].interpreter_language == "fa" and week[0].interpreter_needed
    assert week[1].start_time == "09:30" and week[1].place_text == "Ausländerbehörde Mainz"
    assert A.list_range(conn, dt.date(2026, 3, 9), dt.date(2026, 3, 31),
                        client_id=client_id)[0].id == first
    changed = A.get_appointment(conn, second)
    changed.start_time = "14:15"
    A.update_appointment(conn, second, changed)
    assert A.get_appointment(conn, second).start_time == "14:15"
    A.delete_appointment(conn, second)
    with pytest.raises(UserError, match="gibt es nicht mehr"):
        A.get_appointment(conn, second)
    assert A.week_start(dt.date(2026, 3, 15)) == dt.date(2026, 3, 9)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("start_time", "25:00", "Uhrzeit"), ("start_time", "zehn", "Uhrzeit"),
    ("duration_minutes", 0, "Dauer"), ("duration_minutes", "x", "Dauer"),
    ("kind", "kaffeeklatsch", "Terminart"), ("day", "31.02.2026", "Datum"),
    ("place_kind", "mond", "Ort"), ("interpreter_language", "klingonisch", "Sprache"),
])
def test_invalid_input_is_refused_in_german(vault, field, value, message):
    with pytest.raises(UserError, match=message):
        A.add_appointment(vault.conn, _appt(**{field: value}))
    assert vault.conn.execute("SELECT count(*) FROM appointments").fetchone()[0] == 0


def test_places_outreach_list_and_other_office(vault):
    conn = vault.conn
    with pytest.raises(UserError, match="Außensprechstunde"):
        A.add_appointment(conn, _appt(place_kind="outreach"))
    with pytest.raises(UserError, match="andere Stelle"):
        A.add_appointment(conn, _appt(place_kind="other_office"))
    place = A.add_outreach_place(conn, "Gemeinschaftsunterkunft Nord")
    assert A.add_outreach_place(conn, "gemeinschaftsunterkunft nord") == place
    aid = A.add_appointment(conn, _appt(place_kind="outreach", outreach_place_id=place,
                                        place_text="ignored"))
    assert A.get_appointment(conn, aid).place_text == "Gemeinschaftsunterkunft Nord"
    A.set_outreach_place_active(conn, place, False)
    assert A.outreach_places(conn) == []
    assert [p.name for p in A.outreach_places(conn, include_inactive=True)] == [
        "Gemeinschaftsunterkunft Nord"]
    office = A.add_appointment(conn, _appt(place_text="wird verworfen"))
    assert A.get_appointment(conn, office).place_text == ""


def test_conflicts_flag_overlaps_only(vault):
    conn = vault.conn
    a = A.add_appointment(conn, _appt(start_time="10:00", duration_minutes=60))
    b = A.add_appointment(conn, _appt(start_time="10:30", duration_minutes=15))
    c = A.add_appointment(conn, _appt(start_time="11:00", duration_minutes=30))  # touches a
    d = A.add_appointment(conn, _appt(start_time="09:00", duration_minutes=600,
                                      day="2026-03-11"))
    e = A.add_appointment(conn, _appt(start_time="18:00", duration_minutes=30,
                                      day="2026-03-11"))  # inside d
    items = A.list_range(conn, dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert A.conflicts(items) == {a, b, d, e}
    assert c not in A.conflicts(items)
    probe = _appt(start_time="10:50", duration_minutes=20)
    assert {o.id for o in A.conflicts_with(conn, probe)} == {a, c}
    late = _appt(day="2026-03-10", start_time="23:30", duration_minutes=120)
    A.add_appointment(conn, late)
    next_day = _appt(day="2026-03-11", start_time="00:30", duration_minutes=10)
    assert len(A.conflicts_with(conn, next_day)) == 1  # one from the evening before


def test_dst_days_keep_wall_clock_times(vault):
    conn = vault.conn
    spring = A.add_appointment(conn, _appt(day="2026-03-29", start_time="10:00"))
    autumn = A.add_appointment(conn, _appt(day="2026-10-25", start_time="10:00"))
    got = A.list_range(conn, dt.date(2026, 3, 29), dt.date(2026, 10, 25))
    assert [(a.id, a.start.hour) for a in got] == [(spring, 10), (autumn, 10)]


def test_consultation_from_appointment_once(vault, client_id):
    conn = vault.conn
    place = A.add_outreach_place(conn, "Rathaus Süd")
    aid = A.add_appointment(conn, _appt(client_id=client_id, place_kind="outreach",
                                        outreach_place_id=place, duration_minutes=45,
                                        interpreter_needed=True))
    draft = A.consultation_draft(conn, aid)
    assert (draft.client_id, draft.held_on, draft.duration_minutes, draft.channel,
            draft.interpreter_used) == (client_id, "2026-03-10", 45, "aufsuchend", True)
    draft.topics = ["wohnen"]
    cid = A.record_consultation(conn, aid, draft)
    got = consultations.get_consultation(conn, cid)
    assert got.held_on == "2026-03-10" and got.topics == ["wohnen"]
    assert A.get_appointment(conn, aid).recorded_as == "consultation"
    with pytest.raises(UserError, match="schon"):
        A.record_consultation(conn, aid)
    assert len(consultations.list_consultations(conn, client_id)) == 1
    without = A.add_appointment(conn, _appt())
    with pytest.raises(UserError, match="Klient"):
        A.consultation_draft(conn, without)


def test_group_appointment_becomes_structural_work_once(vault):
    conn = vault.conn
    yesterday = dt.date.today() - dt.timedelta(days=1)
    aid = A.add_appointment(conn, _appt(day=yesterday, kind="infoveranstaltung",
                                        duration_minutes=90))
    sid = A.record_structural_work(conn, aid, participants=14, topic="Wohnungssuche")
    [entry] = structural_work.list_activities(conn)
    assert (entry.id, entry.activity_type, entry.held_on, entry.duration_minutes,
            entry.participants, entry.note) == (sid, "infoveranstaltungen", yesterday, 90, 14,
                                                "Wohnungssuche")
    with pytest.raises(UserError, match="schon"):
        A.record_structural_work(conn, aid, participants=14)
    assert len(structural_work.list_activities(conn)) == 1
    single = A.add_appointment(conn, _appt(day=yesterday, kind="beratung"))
    with pytest.raises(UserError, match="Gruppenangebote"):
        A.record_structural_work(conn, single, participants=1)
    future = A.add_appointment(conn, _appt(day=dt.date.today() + dt.timedelta(days=3),
                                           kind="gruppenangebot"))
    with pytest.raises(UserError, match="Zukunft"):
        A.record_structural_work(conn, future, participants=5)
    # a failing Strukturarbeit entry leaves the appointment unmarked
    group = A.add_appointment(conn, _appt(day=yesterday, kind="netzwerktreffen"))
    with pytest.raises(UserError):
        A.record_structural_work(conn, group, participants=-3)
    assert A.get_appointment(conn, group).recorded_as is None


def test_restricted_case_appointments_are_read_only(vault, client_id):
    conn = vault.conn
    aid = A.add_appointment(conn, _appt(client_id=client_id))
    dsr.restrict(conn, client_id, "accuracy_disputed")
    with pytest.raises(UserError, match="eingeschränkt"):
        A.add_appointment(conn, _appt(client_id=client_id))
    changed = A.get_appointment(conn, aid)
    changed.note = "neu"
    with pytest.raises(UserError, match="eingeschränkt"):
        A.update_appointment(conn, aid, changed)
    with pytest.raises(UserError, match="eingeschränkt"):
        A.delete_appointment(conn, aid)
    with pytest.raises(UserError, match="eingeschränkt"), transaction(conn):
        conn.execute("UPDATE appointments SET note = 'x' WHERE id = ?", (aid,))
    with pytest.raises(UserError, match="eingeschränkt"):
        A.record_consultation(conn, aid)
    assert A.get_appointment(conn, aid).note == ""
    dsr.lift_restriction(conn, client_id)
    A.delete_appointment(conn, aid)


def test_art15_export_deletion_and_anonymisation(vault, client_id):
    conn = vault.conn
    aid = A.add_appointment(conn, _appt(client_id=client_id, note=f"Notiz {MARKER}",
                                        place_kind="other_office", place_text="Jobcenter"))
    other = A.add_appointment(conn, _appt(note="fremd"))
    data = dsr.collect(conn, client_id)
    assert [r["id"] for r in data["records"]["appointments"]] == [aid]
    assert data["records"]["appointments"][0]["note"] == f"Notiz {MARKER}"
    dsr.anonymise_client(conn, client_id, purge=False)
    row = conn.execute("SELECT note, place_text, day, kind FROM appointments WHERE id = ?",
                       (aid,)).fetchone()
    assert tuple(row) == ("", "", "2026-03-10", "beratung")
    dsr.delete_client(conn, client_id, purge=False)
    assert conn.execute("SELECT id FROM appointments").fetchall() == [(other,)]


def test_handover_takes_the_appointments_along(vault, client_id, make_vault, tmp_path):
    conn = vault.conn
    place = A.add_outreach_place(conn, "Stadtteilbüro West")
    A.add_appointment(conn, _appt(client_id=client_id, place_kind="outreach",
                                  outreach_place_id=place, note="mitnehmen"))
    A.add_appointment(conn, _appt(note="bleibt hier"))
    out = tmp_path / "fall.mfdcase"
    export = case_transfer.export_case(conn, client_id, out, kdf_params=FAST_KDF,
                                       allow_below_floor=True)
    other, _ = make_vault(paths=DataPaths(tmp_path / "b", tmp_path / "b" / "logs"))
    result = case_transfer.import_case(other.conn, out, export.passphrase,
                                       allow_below_floor=True)
    got = A.list_range(other.conn, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(a.client_id, a.note, a.place_text) for a in got] == [
        (result.client_id, "mitnehmen", "Stadtteilbüro West")]


def test_week_span_has_appointments_conflicts_and_imported_events(vault, client_id):
    from mfd_desktop.domain.appointments import ical

    conn = vault.conn
    a = A.add_appointment(conn, _appt(day="2026-03-10", client_id=client_id))
    b = A.add_appointment(conn, _appt(day="2026-03-10", start_time="10:30"))
    A.add_appointment(conn, _appt(day="2026-03-17"))
    ical.import_calendar(conn, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                               b"UID:w\r\nDTSTART;VALUE=DATE:20260311\r\nSUMMARY:Team\r\n"
                               b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    week = A.week(conn, A.week_start(dt.date(2026, 3, 12)))
    assert [x.id for x in week.appointments] == [a, b] and week.conflicts == {a, b}
    assert week.day(dt.date(2026, 3, 10))[0][0].client_name == MARKER
    assert [e.summary for e in week.day(dt.date(2026, 3, 11))[1]] == ["Team"]
    assert week.day(dt.date(2026, 3, 12)) == ([], [])
    choices = A.client_choices(conn)
    assert [(c.id, c.name) for c in choices] == [(client_id, MARKER)]
    soon = A.today_and_tomorrow(conn, dt.date(2026, 3, 9))
    assert [x.id for x in soon.appointments] == [a, b]
