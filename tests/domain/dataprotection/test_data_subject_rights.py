"""Auskunft, Berichtigung, Löschung, Einschränkung, Anonymisierung, consent withdrawal."""

from __future__ import annotations

import json
import subprocess

import pytest

from mfd_desktop.domain.casework import clients, consultations, search
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.domain.referrals.consents import Consent
from mfd_desktop.domain.referrals.referrals import Office, Referral
from mfd_desktop.errors import UserError
from mfd_desktop.reports.disclosure import render_disclosure
from mfd_desktop.storage import audit, drafts
from tests.domain.decrypt_pages import contains

NAME = "Zuleikha Qwertzmann"
NOTE = "Notiz Blumenkohlsuppe zur Anhörung"


@pytest.fixture
def case(vault):
    conn = vault.conn
    cid = clients.create_client(conn, Client(
        name=NAME, phone="0170 1234567", email="z.q@example.org", birth_year=1990, gender="weiblich",
        country="SY", languages=["ar"], tags=["Familie Qwertzmann"], first_contact="2026-01-10",
        service="mfd"))
    kid = consultations.add_consultation(conn, Consultation(
        cid, held_on="2026-01-12", duration_minutes=30, channel="telefonisch", method="kurzberatung",
        topics=["wohnen"], note=NOTE))
    office = referrals.add_office(conn, Office(name="Jobcenter Mainz", target_key="jobcenter"))
    consent = consents.add_consent(conn, Consent(cid, "weitergabe_stelle", office_id=office,
                                                 given_on="2026-01-15"))
    ref = referrals.add_referral(conn, Referral(cid, office_id=office, passes_data=True,
                                                referred_on="2026-02-01",
                                                outcome_note="Termin Qwertzmann ok")).id
    other_ref = referrals.add_referral(conn, Referral(cid, target_key="psz",
                                                      referred_on="2026-02-02")).id
    drafts.save_draft(conn, f"consultation:new:client:{cid}", "consultation",
                      {"note": "halb getippt Qwertzmann"}, record_id=cid)
    return {"client": cid, "consultation": kid, "office": office, "consent": consent,
            "referral": ref, "other_referral": other_ref}


@pytest.fixture
def other_client(vault):
    cid = clients.create_client(vault.conn, Client(name="Bleibt Erhalten", first_contact="2026-01-01"))
    drafts.save_draft(vault.conn, f"consultation:new:client:{cid}", "consultation", {"n": 1},
                      record_id=cid)
    return cid


# ----- Auskunft ------------------------------------------------------------------------------

def test_collect_finds_everything_about_the_client(vault, case, other_client):
    data = dsr.collect(vault.conn, case["client"])
    records = data["records"]
    assert records["clients"][0]["name"] == NAME
    assert records["consultations"][0]["note"] == NOTE
    assert records["consultation_topics"][0]["topic"] == "wohnen"
    assert {r["id"] for r in records["referrals"]} == {case["referral"], case["other_referral"]}
    assert records["consents"][0]["id"] == case["consent"]
    assert records["client_languages"][0]["language"] == "ar"
    assert data["recipients"][0]["name"] == "Jobcenter Mainz"
    assert len(data["drafts"]) == 1
    text = json.dumps(data, ensure_ascii=False)
    assert "Bleibt Erhalten" not in text  # nothing of another client


def test_export_writes_json_and_a_readable_pdf_and_is_logged(vault, case, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    files = dsr.export_disclosure(vault.conn, case["client"], out, render_pdf=render_disclosure)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["format"] == dsr.DISCLOSURE_FORMAT
    assert data["records"]["clients"][0]["name"] == NAME
    assert files.pdf_path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(files.pdf_path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Auskunft nach Art. 15 DSGVO" in text
    assert NAME in text and "Blumenkohlsuppe" in text and "Jobcenter Mainz" in text
    assert "Syrien" in text  # reference keys shown by their German label
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [files.json_path.name, files.pdf_path.name])  # no temp file left behind
    last = audit.entries(vault.conn)[0]
    assert (last.action, last.record_id) == ("client.disclosure_exported", str(case["client"]))


# ----- Berichtigung ---------------------------------------------------------------------------

def test_correction_keeps_old_and_new_value(vault, case):
    changed = dsr.correct_client(vault.conn, case["client"], {"birth_year": 1991, "phone": None},
                                 reason="Angabe der Klientin")
    assert changed == ["birth_year", "phone"]
    hist = dsr.history(vault.conn, case["client"])
    assert [(h.field, h.old, h.new) for h in hist] == [
        ("birth_year", 1990, 1991), ("phone", "0170 1234567", None)]
    assert hist[0].reason == "Angabe der Klientin"
    assert clients.get_client(vault.conn, case["client"]).birth_year == 1991
    assert audit.entries(vault.conn)[0].action == "record.corrected"
    assert dsr.correct_client(vault.conn, case["client"], {"birth_year": 1991}) == []
    with pytest.raises(UserError, match="Unbekanntes Feld"):
        dsr.correct_client(vault.conn, case["client"], {"geheim": 1})


# ----- Einschränkung --------------------------------------------------------------------------

def test_restricted_case_is_read_only_until_lifted(vault, case):
    conn = vault.conn
    dsr.ensure_not_restricted(conn, case["client"])
    dsr.restrict(conn, case["client"], "accuracy_disputed")
    assert dsr.is_restricted(conn, case["client"])
    with pytest.raises(dsr.CaseRestrictedError, match="eingeschränkt"):
        dsr.ensure_not_restricted(conn, case["client"])
    with pytest.raises(dsr.CaseRestrictedError):
        dsr.correct_client(conn, case["client"], {"birth_year": 1980})
    with pytest.raises(dsr.CaseRestrictedError):
        dsr.anonymise_client(conn, case["client"])
    with pytest.raises(dsr.CaseRestrictedError):
        dsr.delete_client(conn, case["client"])
    assert clients.get_client(conn, case["client"]).birth_year == 1990
    assert dsr.collect(conn, case["client"])["restricted"] is True  # reading still works
    dsr.lift_restriction(conn, case["client"])
    dsr.ensure_not_restricted(conn, case["client"])
    actions = [e.action for e in audit.entries(conn, newest_first=False)]
    assert actions[-2:] == ["client.restricted", "client.unrestricted"]
    with pytest.raises(UserError):
        dsr.restrict(conn, case["client"], "weil")


# ----- Löschung -------------------------------------------------------------------------------

def test_deletion_is_physical(vault, case, other_client):
    conn = vault.conn
    key = bytes(vault._data_key())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert contains(vault.paths.vault, key, "Qwertzmann")  # the scanner does see the text
    assert contains(vault.paths.vault, key, "Blumenkohlsuppe")

    dsr.delete_client(conn, case["client"])

    assert conn.execute("SELECT count(*) FROM clients WHERE id = ?", (case["client"],)
                        ).fetchone()[0] == 0
    for table in ("consultations", "referrals", "consents", "client_languages", "client_tags"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?",
                            (case["client"],)).fetchone()[0] == 0
    assert search.search(conn, "Qwertzmann").hits == []
    assert [d.key for d in drafts.list_drafts(conn)] == [f"consultation:new:client:{other_client}"]
    assert clients.get_client(conn, other_client).name == "Bleibt Erhalten"
    for marker in ("Qwertzmann", "qwertzmann", "Blumenkohlsuppe", "blumenkohlsuppe", "0170 1234567"):
        assert not contains(vault.paths.vault, key, marker), marker
    last = audit.entries(conn)[0]
    assert (last.action, last.record_type, last.record_id) == (
        "client.deleted", "client", str(case["client"]))
    assert audit.verify(conn).ok
    assert vault.integrity_problems() == []


def test_deletion_leaves_released_statistics_as_they_were(vault, case):
    conn = vault.conn
    conn.execute(
        "INSERT INTO stats_releases(period, period_kind, revision, payload_json, payload_sha256, "
        "idempotency_key) VALUES ('2026-Q1', 'quarter', 1, '{\"clients\": 1}', 'x', 'k1')")
    before = conn.execute("SELECT * FROM stats_releases").fetchall()
    dsr.delete_client(conn, case["client"])
    assert conn.execute("SELECT * FROM stats_releases").fetchall() == before


# ----- Anonymisierung -------------------------------------------------------------------------

def test_anonymisation_removes_identifying_data_and_keeps_counts(vault, case):
    conn = vault.conn
    key = bytes(vault._data_key())
    deadlines.add_deadline  # noqa: B018 - the deadline service exists; counts below cover it
    counts_before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("clients", "consultations", "consultation_topics", "referrals",
                               "consents", "client_languages")}
    dsr.anonymise_client(conn, case["client"])
    c = clients.get_client(conn, case["client"])
    assert (c.name, c.pseudonym, c.phone, c.email, c.address) == (None, None, None, None, None)
    assert c.anonymous is True and c.case_number == f"ANON-{case['client']}"
    assert (c.gender, c.country, c.birth_year, c.service) == ("weiblich", "SY", 1990, "mfd")
    assert c.tags == []
    assert consultations.get_consultation(conn, case["consultation"]).note == ""
    assert referrals.get_referral(conn, case["referral"]).outcome_note is None
    counts_after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in counts_before}
    assert counts_after == counts_before
    assert drafts.list_drafts(conn) == []
    assert search.search(conn, "Qwertzmann").hits == []
    for marker in ("Qwertzmann", "qwertzmann", "Blumenkohlsuppe", "z.q@example.org"):
        assert not contains(vault.paths.vault, key, marker), marker
    assert audit.entries(conn)[0].action == "client.anonymised"


# ----- consent withdrawal ---------------------------------------------------------------------

def test_withdrawal_marks_referrals_that_passed_data_on_that_consent(vault, case):
    conn = vault.conn
    marked = dsr.withdraw_consent(conn, case["consent"], "2026-03-01")
    assert marked == [case["referral"]]  # not the PSZ referral that passed no data
    assert consents.get_consent(conn, case["consent"]).withdrawn_on == "2026-03-01"
    assert dsr.withdrawal_marks(conn, case["client"]) == {case["referral"]: case["consent"]}
    actions = [(e.action, e.record_id) for e in audit.entries(conn, newest_first=False)][-2:]
    assert actions == [("consent.withdrawn", str(case["consent"])),
                       ("referral.consent_withdrawn_marked", str(case["referral"]))]
    data = dsr.collect(conn, case["client"])
    assert data["records"]["consent_withdrawal_marks"][0]["referral_id"] == case["referral"]
    assert [e["action"] for e in data["audit_log"]][-2:] == [
        "consent.withdrawn", "referral.consent_withdrawn_marked"]
    # a new referral after the withdrawal is warned about by the case services
    again = referrals.add_referral(conn, Referral(case["client"], office_id=case["office"],
                                                  passes_data=True, referred_on="2026-03-05"))
    assert again.warnings


def test_the_database_itself_keeps_a_restricted_case_read_only(vault, case):
    """Even a service that forgot ensure_not_restricted() cannot change a restricted case;
    recording a consent withdrawal stays possible."""
    from mfd_desktop.errors import UserError
    from mfd_desktop.storage.connection import DatabaseError

    conn = vault.conn
    dsr.restrict(conn, case["client"], "legal_claims")
    attempts = [
        lambda: clients.set_status(conn, case["client"], "ruhend"),
        lambda: clients.delete_client(conn, case["client"]),
        lambda: consultations.add_consultation(conn, Consultation(
            case["client"], held_on="2026-02-01", channel="telefonisch", method="kurzberatung")),
        lambda: conn.execute("UPDATE consultations SET note = 'x' WHERE id = ?",
                             (case["consultation"],)),
        lambda: conn.execute("DELETE FROM consultation_topics"),
        lambda: conn.execute("UPDATE referrals SET outcome_note = 'x' WHERE id = ?",
                             (case["referral"],)),
        lambda: conn.execute("DELETE FROM client_tags WHERE client_id = ?", (case["client"],)),
    ]
    for attempt in attempts:
        # through a service: the German UserError; raw SQL: the trigger's DatabaseError,
        # which carries a message key since db/0009 (storage.transaction renders it)
        with pytest.raises((DatabaseError, UserError)) as refused:
            attempt()
        if isinstance(refused.value, UserError):
            assert "eingeschränkt" in str(refused.value)
        else:
            assert str(refused.value) == "refusal.case_restricted"
    assert dsr.withdraw_consent(conn, case["consent"], "2026-03-01") == [case["referral"]]
    clients.touch(conn, case["client"])  # "last changed" may move
    dsr.lift_restriction(conn, case["client"])
    clients.set_status(conn, case["client"], "ruhend")


def test_every_edit_of_the_stammdaten_keeps_history(vault, case):
    """Berichtigung via editing: the case form saves through update_client; the history
    is kept by the database whatever path the change took."""
    conn = vault.conn
    client = clients.get_client(conn, case["client"])
    client.email, client.household_size = "neu@example.org", 3
    clients.update_client(conn, case["client"], client)
    assert [(h.field, h.old, h.new, h.reason) for h in dsr.history(conn, case["client"])] == [
        ("household_size", None, 3, None), ("email", "z.q@example.org", "neu@example.org", None)]
    assert dsr.collect(conn, case["client"])["records"]["change_history"][0]["field"] == (
        "household_size")
    dsr.anonymise_client(conn, case["client"], purge=False)
    assert dsr.history(conn, case["client"]) == []  # old values were identifying
