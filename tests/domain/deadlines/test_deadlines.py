"""Deadlines, follow-ups, title-expiry reminders and structural work on a real vault."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from mfd_desktop.domain.casework import structural_work
from mfd_desktop.domain.casework.clients import Client, create_client, delete_client, update_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_calculator import DateRequiredError, UnknownRuleError
from mfd_desktop.errors import UserError
from mfd_desktop.messages import render

D = dt.date.fromisoformat


@pytest.fixture
def conn(vault):
    return vault.conn


@pytest.fixture
def client_id(conn):
    return create_client(conn, Client(name="Amina Testfall"))


def test_add_deadline_stores_raw_end_end_and_due(conn, client_id):
    deadline_id = deadlines.add_deadline(conn, client_id, "asyl_klage_2w", start="2025-12-11",
                                         note="Bescheid vom 09.12.")
    d = deadlines.get_deadline(conn, deadline_id)
    assert (d.raw_end, d.end_date, d.due_on) == (D("2025-12-25"), D("2025-12-29"), D("2025-12-29"))
    assert d.start_date == D("2025-12-11") and not d.done and d.note == "Bescheid vom 09.12."
    calc = d.calculation()
    assert calc.end == D("2025-12-29") and "Ohne Gewähr" in render(calc.caveat)
    raw = conn.execute("SELECT raw_end, end_date FROM deadlines WHERE id = ?",
                       (deadline_id,)).fetchone()
    assert raw == ("2025-12-25", "2025-12-29")


def test_fiction_and_letter_dates_are_stored(conn, client_id):
    fid = deadlines.add_deadline(conn, client_id, "widerspruch", posted_on=D("2026-03-31"))
    d = deadlines.get_deadline(conn, fid)
    assert d.posted_on == D("2026-03-31") and d.start_date == D("2026-04-04")
    assert d.due_on == D("2026-05-04")
    assert any("Bekanntgabefiktion" in render(n) for n in d.calculation().notes)
    lid = deadlines.add_deadline(conn, client_id, "anhoerung", given_date="04.06.2026")
    d = deadlines.get_deadline(conn, lid)
    assert (d.raw_end, d.due_on) == (D("2026-06-04"), D("2026-06-03"))


def test_bad_input_gives_german_errors_and_stores_nothing(conn, client_id):
    with pytest.raises(UnknownRuleError):
        deadlines.add_deadline(conn, client_id, "gibt_es_nicht", start=D("2026-01-01"))
    with pytest.raises(DateRequiredError):
        deadlines.add_deadline(conn, client_id, "ae_verlaengerung")
    with pytest.raises(UserError, match="kein gültiges Datum"):
        deadlines.add_deadline(conn, client_id, "widerspruch", start="31.02.2026")
    with pytest.raises(UserError, match="Begründung"):
        deadlines.add_deadline(conn, client_id, "widerspruch", start=D("2026-01-05"),
                               override_date=D("2026-02-01"), override_reason="  ")
    with pytest.raises(UserError, match="nicht"):
        deadlines.add_deadline(conn, 999_999, "widerspruch", start=D("2026-01-05"))
    assert conn.execute("SELECT count(*) FROM deadlines").fetchone()[0] == 0


def test_reminders_become_followups_when_asked(conn, client_id):
    expiry = dt.date.today() + dt.timedelta(days=200)
    deadlines.add_deadline(conn, client_id, "ae_verlaengerung", given_date=expiry,
                           with_reminders=True)
    reminders = followups.list_for_client(conn, client_id)
    assert len(reminders) == 2
    assert all(r.text.startswith("Erinnerung: Antrag auf Verlängerung") for r in reminders)
    assert {r.due_on for r in reminders} == {
        deadlines.get_deadline(conn, 1).raw_end - dt.timedelta(weeks=6),
        _months_before(expiry, 3)}
    # a reminder date already past is skipped
    deadlines.add_deadline(conn, client_id, "pass_gueltigkeit",
                           given_date=dt.date.today() + dt.timedelta(days=30),
                           with_reminders=True)
    assert len(followups.list_for_client(conn, client_id)) == 2


def _months_before(day, months):
    from mfd_desktop.domain.deadlines.deadline_calculator import add_months

    return add_months(day, -months)


def test_override_needs_a_reason_and_changes_due_date(conn, client_id):
    deadline_id = deadlines.add_deadline(conn, client_id, "fz_fluechtling_3m", start=D("2025-11-30"))
    with pytest.raises(UserError, match="Begründung"):
        deadlines.set_override(conn, deadline_id, D("2026-03-02"), "")
    deadlines.set_override(conn, deadline_id, D("2026-03-02"), "Anwältin bestätigt Fristende")
    d = deadlines.get_deadline(conn, deadline_id)
    assert d.is_overridden and d.due_on == D("2026-03-02") and d.end_date == D("2026-02-27")
    assert d.override_reason == "Anwältin bestätigt Fristende"
    deadlines.set_override(conn, deadline_id, None)
    d = deadlines.get_deadline(conn, deadline_id)
    assert not d.is_overridden and d.due_on == D("2026-02-27") and d.override_reason is None


def test_done_lists_and_cascade(conn, client_id):
    other = create_client(conn, Client(pseudonym="Stern"))
    a = deadlines.add_deadline(conn, client_id, "dublin_1w", start=D("2026-05-07"))
    b = deadlines.add_deadline(conn, other, "widerspruch", start=D("2026-01-31"))
    rows = deadlines.list_open(conn)
    assert [r.id for r in rows] == [b, a]  # 02.03. before 15.05.
    assert rows[0].client_name == "Stern" and render(rows[0].rule_name).startswith("Widerspruch")
    assert [r.id for r in deadlines.list_open(conn, rule_key="dublin_1w")] == [a]
    assert [r.id for r in deadlines.list_open(conn, due_until=D("2026-03-31"))] == [b]
    deadlines.set_done(conn, a, today=D("2026-05-10"))
    assert deadlines.get_deadline(conn, a).done_on == D("2026-05-10")
    assert [r.id for r in deadlines.list_open(conn)] == [b]
    assert [d.id for d in deadlines.list_for_client(conn, client_id)] == [a]
    assert deadlines.list_for_client(conn, client_id, include_done=False) == []
    deadlines.set_done(conn, a, False)
    assert deadlines.get_deadline(conn, a).done_on is None
    delete_client(conn, other)
    assert conn.execute("SELECT count(*) FROM deadlines WHERE id = ?", (b,)).fetchone()[0] == 0


def test_note_and_delete(conn, client_id):
    deadline_id = deadlines.add_deadline(conn, client_id, "widerspruch", start=D("2026-01-05"))
    deadlines.set_note(conn, deadline_id, "Jobcenter, Bescheid Mai")
    assert deadlines.get_deadline(conn, deadline_id).note == "Jobcenter, Bescheid Mai"
    deadlines.delete_deadline(conn, deadline_id)
    with pytest.raises(UserError):
        deadlines.get_deadline(conn, deadline_id)


# ----- follow-ups ---------------------------------------------------------------------------


def test_followups_with_and_without_client(conn, client_id):
    a = followups.add_followup(conn, "15.06.2026", "Nachweise nachreichen", client_id)
    b = followups.add_followup(conn, D("2026-06-01"), "Netzwerktreffen vorbereiten")
    rows = followups.list_open(conn)
    assert [r.id for r in rows] == [b, a]
    assert rows[0].client_id is None and rows[0].case_number is None
    assert rows[1].client_name == "Amina Testfall"
    followups.update_followup(conn, a, D("2026-05-20"), "Nachweise nachreichen (Jobcenter)")
    assert followups.get_followup(conn, a).due_on == D("2026-05-20")
    followups.set_done(conn, a, today=D("2026-05-20"))
    assert [r.id for r in followups.list_open(conn)] == [b]
    with pytest.raises(UserError, match="Text"):
        followups.add_followup(conn, D("2026-06-01"), "   ")
    with pytest.raises(UserError, match="Datum"):
        followups.add_followup(conn, "", "Text")
    followups.delete_followup(conn, b)
    assert followups.list_open(conn) == []


def test_title_expiry_creates_reminder_8_weeks_ahead_idempotently(conn):
    today = D("2026-03-01")
    cid = create_client(conn, Client(name="Titel Test", residence_title_expires="2026-05-31"))
    create_client(conn, Client(name="Ohne Titel"))
    created, removed = followups.sync_title_expiry_reminders(conn, today=today)
    assert (created, removed) == (1, 0)
    [reminder] = followups.list_for_client(conn, cid)
    assert reminder.kind == "title_expiry"
    assert reminder.due_on == D("2026-05-31") - dt.timedelta(weeks=8) == D("2026-04-05")
    assert "31.05.2026" in reminder.text and "§ 81 Abs. 4" in reminder.text
    assert followups.sync_title_expiry_reminders(conn, today=today) == (0, 0)


def test_title_reminder_follows_changes_of_date_status_and_setting(conn):
    today = D("2026-03-01")
    cid = create_client(conn, Client(name="Titel Test", residence_title_expires="2026-05-31"))
    followups.sync_title_expiry_reminders(conn, today=today)
    # a new expiry date replaces the open reminder
    client = _client(conn, cid)
    client.residence_title_expires = "2027-05-31"
    update_client(conn, cid, client)
    assert followups.sync_title_expiry_reminders(conn, today=today) == (1, 1)
    [reminder] = followups.list_for_client(conn, cid)
    assert reminder.due_on == D("2027-04-05")
    # the vault setting (weeks) moves open reminders
    conn.execute("INSERT INTO settings(key, value_json) VALUES ('title_expiry_reminder_weeks', ?)",
                 (json.dumps(12),))
    assert followups.reminder_weeks(conn) == 12
    followups.sync_title_expiry_reminders(conn, today=today)
    [reminder] = followups.list_for_client(conn, cid)
    assert reminder.due_on == D("2027-05-31") - dt.timedelta(weeks=12)
    # ticked off stays ticked off
    followups.set_done(conn, reminder.id, today=today)
    assert followups.sync_title_expiry_reminders(conn, today=today) == (0, 0)
    assert followups.list_for_client(conn, cid)[0].done
    # closing the case removes open reminders only
    client = _client(conn, cid)
    client.residence_title_expires = "2028-01-31"
    update_client(conn, cid, client)
    followups.sync_title_expiry_reminders(conn, today=today)
    client = _client(conn, cid)
    client.status, client.closing_reason = "abgeschlossen", "ziel_erreicht"
    update_client(conn, cid, client)
    followups.sync_title_expiry_reminders(conn, today=today)
    kept = followups.list_for_client(conn, cid)
    assert len(kept) == 1 and kept[0].done


def test_bad_setting_value_falls_back_to_default(conn):
    conn.execute("INSERT INTO settings(key, value_json) VALUES ('title_expiry_reminder_weeks', ?)",
                 (json.dumps("viele"),))
    assert followups.reminder_weeks(conn) == 8


def test_long_expired_titles_get_no_reminder(conn):
    create_client(conn, Client(name="Alt", residence_title_expires="2019-01-31"))
    assert followups.sync_title_expiry_reminders(conn, today=D("2026-03-01")) == (0, 0)


def _client(conn, cid):
    from mfd_desktop.domain.casework.clients import get_client

    return get_client(conn, cid)


# ----- structural work ------------------------------------------------------------------------


def test_structural_work_log_and_totals(conn):
    a = structural_work.add_activity(conn, "netzwerktreffen", "12.03.2026", 90, 14,
                                     "Runder Tisch Migration")
    structural_work.add_activity(conn, "netzwerktreffen", D("2026-03-20"), 60, None)
    structural_work.add_activity(conn, "oeffentlichkeitsarbeit", D("2026-04-02"), 120, 40)
    entries = structural_work.list_activities(conn)
    assert [e.held_on for e in entries] == [D("2026-04-02"), D("2026-03-20"), D("2026-03-12")]
    assert entries[-1].type_label == "Netzwerktreffen" and entries[-1].note == "Runder Tisch Migration"
    totals = {t.activity_type: t for t in structural_work.totals(conn, D("2026-01-01"),
                                                                  D("2026-03-31"))}
    assert set(totals) == {"netzwerktreffen"}
    assert (totals["netzwerktreffen"].activities, totals["netzwerktreffen"].participants,
            totals["netzwerktreffen"].minutes) == (2, 14, 150)
    structural_work.update_activity(conn, a, "gremienarbeit", D("2026-03-12"), 45, 8, "")
    [changed] = structural_work.list_activities(conn, activity_type="gremienarbeit")
    assert (changed.duration_minutes, changed.participants, changed.note) == (45, 8, "")
    structural_work.delete_activity(conn, a)
    assert len(structural_work.list_activities(conn)) == 2
    keys = [k for k, _label in structural_work.activity_types()]
    assert {"netzwerktreffen", "gremienarbeit", "ehrenamtskoordination", "interkulturelle_oeffnung",
            "oeffentlichkeitsarbeit", "antidiskriminierung", "sonstiges"} <= set(keys)


@pytest.mark.parametrize(("args", "message"), [
    (("kaffeeklatsch", D("2026-01-01"), 30), "Art der Tätigkeit"),
    (("netzwerktreffen", None, 30), "Datum"),
    (("netzwerktreffen", D("2026-01-01"), 0), "Dauer"),
    (("netzwerktreffen", D("2026-01-01"), "eine Stunde"), "Dauer"),
    (("netzwerktreffen", D("2026-01-01"), 30, -1), "Teilnehmende"),
])
def test_structural_work_rejects_bad_input_in_german(conn, args, message):
    with pytest.raises(UserError, match=message):
        structural_work.add_activity(conn, *args)
    assert structural_work.list_activities(conn) == []


def test_no_personal_data_in_logs(conn, caplog):
    """A canary name typed everywhere never reaches a log record (ids and counts only)."""
    canary = "Zyxwanda Canaryfeld"
    with caplog.at_level(logging.DEBUG, logger="mfd"):
        cid = create_client(conn, Client(name=canary, residence_title_expires="2026-05-31"))
        d = deadlines.add_deadline(conn, cid, "widerspruch", start=D("2026-01-31"), note=canary)
        deadlines.set_override(conn, d, D("2026-02-27"), canary)
        deadlines.set_done(conn, d)
        f = followups.add_followup(conn, D("2026-02-01"), canary, cid)
        followups.set_done(conn, f)
        followups.sync_title_expiry_reminders(conn, today=D("2026-03-01"))
        structural_work.add_activity(conn, "netzwerktreffen", D("2026-03-01"), 30, 3, canary)
        with pytest.raises(UserError):
            deadlines.add_deadline(conn, cid, canary, start=D("2026-01-31"))
    assert caplog.records  # something was logged …
    assert "Zyxwanda" not in caplog.text and "Canaryfeld" not in caplog.text  # … but no name
