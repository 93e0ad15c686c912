"""Case-Management core (issue 17) on a real SQLCipher vault: arrival and Jahre in
Deutschland, Wohnort by Kreisschlüssel, dated histories (with the db/0011 triggers), the
Förderplan with goals, steps, outcomes and reviews, restriction and deletion."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop.domain.casework import arrival, districts, history, support_plans
from mfd_desktop.domain.casework.clients import Client, create_client, get_client, update_client
from mfd_desktop.domain.dataprotection import data_subject_rights
from mfd_desktop.errors import UserError
from mfd_desktop.messages import render

TODAY = dt.date(2026, 12, 4)


# ----- Einreise --------------------------------------------------------------------------

@pytest.mark.parametrize("text, date, precision, shown", [
    ("03.02.2019", dt.date(2019, 2, 3), "day", "03.02.2019"),
    ("2019-02-03", dt.date(2019, 2, 3), "day", "03.02.2019"),
    ("02.2019", dt.date(2019, 2, 15), "month", "02.2019"),
    ("2019-02", dt.date(2019, 2, 15), "month", "02.2019"),
    ("2019", dt.date(2019, 7, 1), "year", "2019"),
    ("12.2026", TODAY, "month", "12.2026"),  # this month: counts as today, not the 15th
])
def test_arrival_keeps_what_was_known(text, date, precision, shown):
    parsed = arrival.parse(text, today=TODAY)
    assert (parsed.date, parsed.precision, parsed.text()) == (date, precision, shown)


@pytest.mark.parametrize("text", ["2027", "01.2027", "31.02.2020", "13.2020", "1899", "gestern",
                                  "2020-13", "0.2020"])
def test_impossible_arrivals_are_refused_in_german_and_english(text):
    with pytest.raises(UserError) as info:
        arrival.parse(text, today=TODAY)
    assert "Einreise" in str(info.value) or "Einreisedatum" in str(info.value)
    assert "arrival" in info.value.render("en")


def test_years_in_germany_and_the_statistics_bands():
    came = arrival.parse("15.03.2023", today=TODAY)
    assert arrival.years_in_germany(came, dt.date(2026, 3, 14)) == 2
    assert arrival.years_in_germany(came, dt.date(2026, 3, 15)) == 3
    assert arrival.years_band(came, dt.date(2023, 12, 31)) == "unter_1"
    assert arrival.years_band(came, dt.date(2024, 3, 15)) == "1_bis_3"
    assert arrival.years_band(came, dt.date(2026, 3, 15)) == "3_bis_6"
    assert arrival.years_band(came, dt.date(2029, 3, 15)) == "ab_6"
    assert arrival.years_band(None, TODAY) == "unbekannt"
    assert arrival.years_band(came, dt.date(2020, 1, 1)) == "unbekannt"  # not yet arrived


@given(st.text(max_size=20))
def test_arrival_never_raises_anything_but_a_user_error(text):
    try:
        parsed = arrival.parse(text, today=TODAY)
    except UserError:
        return
    assert parsed is None or parsed.date <= TODAY


# ----- Wohnort ---------------------------------------------------------------------------

def test_districts_by_key_name_and_alias():
    assert len(districts.districts()) == 36
    assert districts.find("07315") == "07315"
    assert districts.find("mainz") == "07315"
    assert districts.find("  Landkreis  Mainz-Bingen ") == "07339"
    assert districts.find("Kaiserslautern (Landkreis)") == "07335"
    assert districts.find("Stadt Kaiserslautern") == "07312"
    assert districts.find("außerhalb RLP") == districts.OUTSIDE
    assert districts.find("") is None
    assert render(districts.name("07315")) == "Mainz (kreisfreie Stadt)"
    assert render(districts.name("07339"), "en") == "District of Mainz-Bingen"
    assert render(districts.name(None)) == "nicht erfasst"


def test_kaiserslautern_alone_and_unknown_names_are_refused():
    with pytest.raises(UserError) as info:
        districts.find("Kaiserslautern")
    assert "„Kaiserslautern“ / „Kaiserslautern (Landkreis)“" in str(info.value)
    with pytest.raises(UserError) as info:
        districts.find("Wiesbaden")
    assert "kein Landkreis" in str(info.value) and "07315" in str(info.value)
    assert not districts.is_valid("07999") and districts.is_valid("07111")


def test_arrival_and_residence_on_the_case_survive_a_save_of_the_case_form(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="Z"))
    assert arrival.set_arrival(conn, cid, "04.2022", today=TODAY).text() == "04.2022"
    assert districts.set_residence(conn, cid, "Trier-Saarburg", "VG Konz") == \
        districts.Residence("07235", "VG Konz")
    update_client(conn, cid, get_client(conn, cid))  # the form knows neither field
    assert arrival.get_arrival(conn, cid) == arrival.Arrival(dt.date(2022, 4, 15), "month")
    assert districts.get_residence(conn, cid).district == "07235"
    with pytest.raises(UserError):
        districts.set_residence(conn, cid, "Atlantis")
    assert districts.get_residence(conn, cid).local == "VG Konz"  # nothing lost
    arrival.set_arrival(conn, cid, "")
    assert arrival.get_arrival(conn, cid) is None


# ----- dated histories -------------------------------------------------------------------

def test_residence_status_history_from_form_changes_and_dated_entries(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="A", first_contact="2025-01-10",
                                     residence_status="aufenthaltsgestattung"))
    first = history.entries(conn, cid, "residence_status")
    assert [(e.value, e.valid_from) for e in first] == [
        ("aufenthaltsgestattung", dt.date(2025, 1, 10))]  # dated by the first contact
    # the recognition came on 1 June: a dated entry also moves the case's current value
    history.add(conn, cid, "residence_status", "ae_humanitaer_schutz", "01.06.2025")
    assert get_client(conn, cid).residence_status == "ae_humanitaer_schutz"
    assert len(history.entries(conn, cid, "residence_status")) == 2  # no twin from the trigger
    # an older entry written afterwards does not change the current value
    history.add(conn, cid, "residence_status", "duldung", "2025-03-01")
    assert get_client(conn, cid).residence_status == "ae_humanitaer_schutz"
    assert history.value_at(conn, cid, "residence_status", dt.date(2025, 4, 30)).value == "duldung"
    assert history.value_at(conn, cid, "residence_status", dt.date(2025, 1, 9)) is None
    # a change through the case form is dated today
    client = get_client(conn, cid)
    client.residence_status = "niederlassungserlaubnis"
    update_client(conn, cid, client)
    latest = history.entries(conn, cid, "residence_status")[-1]
    assert (latest.value, latest.valid_from) == ("niederlassungserlaubnis", dt.date.today())
    assert history.values_at(conn, "residence_status", dt.date(2025, 12, 31)) == {cid: "ae_humanitaer_schutz"}


def test_language_level_with_certificate_and_refusals(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="B"))
    history.add(conn, cid, "language_level", "a2", "2024-05-01", certificate=True)
    history.add(conn, cid, "work_situation", "sprachkurs", "2024-05-01", certificate=True)
    (level,) = history.entries(conn, cid, "language_level")
    assert (level.label(), level.certificate) == ("A2", True)
    assert history.entries(conn, cid, "work_situation")[0].certificate is None
    with pytest.raises(UserError):
        history.add(conn, cid, "language_level", "z9", "2024-05-01")
    with pytest.raises(UserError) as info:
        history.add(conn, cid, "language_level", "b1", TODAY + dt.timedelta(days=400))
    assert "Zukunft" in str(info.value)
    with pytest.raises(UserError):
        history.add(conn, cid, "hobby", "b1", "2024-05-01")


# ----- Förderplan ------------------------------------------------------------------------

def test_a_plan_from_first_goal_to_ueberleitung(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="C"))
    plan_id = support_plans.start_plan(conn, cid, "2026-09-01")
    with pytest.raises(UserError) as info:
        support_plans.start_plan(conn, cid)
    assert "laufenden Förderplan" in str(info.value)
    work = support_plans.add_goal(conn, plan_id, "Ich möchte als Pflegehelferin arbeiten.",
                                  topic="ausbildung_arbeit", review_on="2026-11-30")
    flat = support_plans.add_goal(conn, plan_id, "Eine eigene Wohnung.", topic="wohnen",
                                  review_on="2027-01-15")
    support_plans.add_step(conn, work, "Zeugnisse übersetzen lassen", "klient", due_on="2026-10-01")
    step = support_plans.add_step(conn, work, "Anerkennungsantrag", "andere_stelle",
                                  office="Anerkennungsberatung IQ", due_on="2026-10-15")
    support_plans.mark_step_done(conn, step, "2026-10-10")
    assert [r.goal_id for r in support_plans.due_reviews(conn, dt.date(2026, 12, 1))] == [work]
    support_plans.set_outcome(conn, work, "erreicht", "2026-11-30", note="Vertrag ab Januar")
    assert support_plans.due_reviews(conn, dt.date(2026, 12, 1)) == []
    support_plans.set_outcome(conn, flat, "nicht_verfolgt", "2026-12-01")
    support_plans.end_plan(conn, plan_id, "2026-12-01", transfer_service="jobcenter")
    (plan,) = support_plans.plans(conn, cid)
    assert not plan.open and plan.transfer_service == "jobcenter"
    assert [g.outcome for g in plan.goals] == ["erreicht", "nicht_verfolgt"]
    assert [(s.owner, s.office, s.done_on) for s in plan.goals[0].steps] == [
        ("klient", None, None), ("andere_stelle", "Anerkennungsberatung IQ", dt.date(2026, 10, 10))]
    assert support_plans.open_plan(conn, cid) is None
    support_plans.start_plan(conn, cid)  # a new plan once the old one is closed


def test_plan_input_is_checked(vault):
    conn = vault.conn
    plan_id = support_plans.start_plan(conn, create_client(conn, Client(name="D")), "2026-09-01")
    for call in (lambda: support_plans.add_goal(conn, plan_id, "   "),
                 lambda: support_plans.add_goal(conn, plan_id, "Ziel", topic="kochen"),
                 lambda: support_plans.add_goal(conn, plan_id, "Ziel", review_on="31.02.2027"),
                 lambda: support_plans.end_plan(conn, plan_id, "2026-08-01"),
                 lambda: support_plans.end_plan(conn, plan_id, transfer_service="zirkus"),
                 lambda: support_plans.add_goal(conn, 99999, "Ziel")):
        with pytest.raises(UserError):
            call()
    goal = support_plans.add_goal(conn, plan_id, "Ziel")
    with pytest.raises(UserError):
        support_plans.add_step(conn, goal, "Schritt", "nachbar")
    with pytest.raises(UserError):
        support_plans.set_outcome(conn, goal, "super")


def test_a_restricted_case_keeps_its_plan_and_history_read_only(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="E", residence_status="duldung"))
    plan_id = support_plans.start_plan(conn, cid)
    goal = support_plans.add_goal(conn, plan_id, "Ziel")
    data_subject_rights.restrict(conn, cid)
    for call in (lambda: support_plans.add_goal(conn, plan_id, "Noch ein Ziel"),
                 lambda: support_plans.add_step(conn, goal, "Schritt", "beratung"),
                 lambda: support_plans.set_outcome(conn, goal, "erreicht"),
                 lambda: history.add(conn, cid, "language_level", "a1", "2026-01-01")):
        with pytest.raises(UserError) as info:
            call()
        assert "eingeschränkt" in str(info.value)
    assert len(support_plans.plans(conn, cid)[0].goals) == 1


def test_deleting_the_case_deletes_plans_and_histories(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="F", residence_status="duldung"))
    goal = support_plans.add_goal(conn, support_plans.start_plan(conn, cid), "Ziel")
    support_plans.add_step(conn, goal, "Schritt", "beratung")
    data_subject_rights.delete_client(conn, cid)
    for table in ("support_plans", "plan_goals", "plan_steps", "client_history"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


# ----- migration -------------------------------------------------------------------------

def test_migration_builds_the_residence_history_from_the_change_history(
        vault_at_schema, unlock):
    vault = vault_at_schema(10)
    conn = vault.conn
    conn.execute("INSERT INTO clients(case_number, name, residence_status, first_contact) "
                 "VALUES ('MZ-1', 'G', 'aufenthaltsgestattung', '2024-02-01'), "
                 "('MZ-2', 'H', 'duldung', '2024-05-05'), ('MZ-3', 'I', NULL, NULL)")
    conn.execute("UPDATE change_history SET changed_at = '2024-01-01T00:00:00Z'")
    conn.execute("UPDATE clients SET residence_status = 'ae_humanitaer_schutz' WHERE case_number = 'MZ-1'")
    conn.execute("UPDATE change_history SET changed_at = '2025-03-10T09:00:00Z' "
                 "WHERE field = 'residence_status'")
    vault.lock()
    opened = unlock()
    try:
        conn = opened.conn
        ids = dict(conn.execute("SELECT case_number, id FROM clients"))
        assert [(e.value, e.valid_from.isoformat()) for e in
                history.entries(conn, ids["MZ-1"], "residence_status")] == [
            ("aufenthaltsgestattung", "2024-02-01"), ("ae_humanitaer_schutz", "2025-03-10")]
        assert [(e.value, e.valid_from.isoformat()) for e in
                history.entries(conn, ids["MZ-2"], "residence_status")] == [
            ("duldung", "2024-05-05")]
        assert history.entries(conn, ids["MZ-3"], "residence_status") == []
        assert arrival.get_arrival(conn, ids["MZ-1"]) is None
        assert districts.get_residence(conn, ids["MZ-1"]) == districts.Residence(None, "")
    finally:
        opened.lock()


def test_art15_export_shows_and_anonymisation_removes_the_plan_in_the_clients_words(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="Amina K.", residence_status="duldung"))
    districts.set_residence(conn, cid, "07315", "Mainz-Lerchenberg")
    plan_id = support_plans.start_plan(conn, cid, note="Amina möchte Pflegehelferin werden")
    goal = support_plans.add_goal(conn, plan_id, "Amina findet eine Wohnung in Mainz",
                                  topic="wohnen")
    support_plans.add_step(conn, goal, "Termin bei Frau Schulz", "andere_stelle",
                           office="Wohnungsamt Mainz")
    history.add(conn, cid, "language_level", "b1", "2026-01-01", certificate=True)
    disclosed = data_subject_rights.collect(conn, cid)
    text = repr(disclosed)
    for expected in ("Amina findet eine Wohnung", "Termin bei Frau Schulz", "Mainz-Lerchenberg",
                     "language_level"):
        assert expected in text, expected
    data_subject_rights.anonymise_client(conn, cid, purge=False)
    after = repr(data_subject_rights.collect(conn, cid))
    for gone in ("Amina", "Frau Schulz", "Wohnungsamt Mainz", "Lerchenberg", "Pflegehelferin"):
        assert gone not in after, gone
    (plan,) = support_plans.plans(conn, cid)
    assert plan.goals[0].topic == "wohnen"  # what is counted stays
    assert districts.get_residence(conn, cid).district == "07315"
    assert history.entries(conn, cid, "language_level")[0].value == "b1"
