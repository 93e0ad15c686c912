"""Filling letters from a real case and keeping the printed copy (db/0016) on a real
vault: values from the case, blanks instead of guesses, the copy as an encrypted
attachment, and the copy as case data (Art. 15, Art. 18, deletion, anonymisation,
handover only with consent)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from mfd_desktop.domain.casework import attachments, clients, districts
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.letters import fill, kept, templates
from mfd_desktop.errors import UserError
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.disclosure import render_disclosure
from mfd_desktop.reports.letter import render_letter
from mfd_desktop.storage import audit
from tests.conftest import FAST_KDF

SERVICE = fill.Service("MBE Mainz-Neustadt", "Beispielträger e. V.", "Holzhofstraße 8, 55116 Mainz")
TODAY = dt.date(2026, 12, 5)
NAME = "Amina Quellenhaus"


@pytest.fixture
def case(vault):
    conn = vault.conn
    cid = clients.create_client(conn, Client(name=NAME, address="Rheinstraße 4, 55116 Mainz",
                                             birth_year=1990, first_contact="2026-11-02"))
    districts.set_residence(conn, cid, "07315")
    return cid


def _letter(conn, cid, key, language="de", **kw):
    return fill.fill(conn, cid, templates.load_all().get(key), language, service=SERVICE,
                     today=TODAY, **kw)


def test_a_vollmacht_is_filled_from_the_case(vault, case):
    letter = _letter(vault.conn, case, "vollmacht", "ar")
    assert [s.language for s in letter.sections] == ["de", "ar"]
    german, arabic = letter.sections
    assert f"Ich, {NAME}, geboren am {fill.BLANK}, wohnhaft Rheinstraße 4, 55116 Mainz," in german.text
    assert "1990" not in german.text  # only the year is recorded: a line to write the date
    assert "Stadtverwaltung Mainz, Ausländerbehörde" in german.text  # the client's ABH
    assert "MBE Mainz-Neustadt (Beispielträger e. V.)" in german.text
    assert "05.12.2026" in german.text
    case_number = clients.get_client(vault.conn, case).case_number
    assert case_number in german.text and letter.case_number == case_number
    assert NAME in arabic.text and arabic.rtl and not arabic.reviewed
    assert "{" not in german.text + arabic.text
    assert letter.unreviewed


def test_office_letters_get_the_office_and_the_deadline(vault, case):
    conn = vault.conn
    deadline = deadlines.add_deadline(conn, case, "mitwirkung", given_date="2026-12-18")
    due = deadlines.get_deadline(conn, deadline).due_on
    text = _letter(conn, case, "fristverlaengerung").sections[0].text
    assert f"Frist bis zum {due.strftime('%d.%m.%Y')} gesetzt" in text
    akte = _letter(conn, case, "akteneinsicht_bamf").sections[0].text
    assert "Bundesamt für Migration und Flüchtlinge\nFrankenstraße 210\n90461 Nürnberg" in akte
    trier = fill.find_office("bamf_trier")
    akte_trier = _letter(conn, case, "akteneinsicht_bamf", office=trier).sections[0].text
    assert f"Außenstelle Trier\n{fill.BLANK}" in akte_trier  # address unknown: a blank line
    with pytest.raises(UserError, match="gehört nicht zu diesem Fall"):
        _letter(conn, case, "fristverlaengerung", deadline_id=deadline + 99)


def test_without_recorded_values_the_letter_has_blank_lines(vault):
    cid = clients.create_client(vault.conn, Client(pseudonym="Frau K."))
    text = fill.fill(vault.conn, cid, templates.load_all().get("widerspruch_rahmen"), "de",
                     service=fill.Service(), today=TODAY).sections[0].text
    assert text.startswith(f"{fill.BLANK}\n{fill.BLANK}")  # no name, no address recorded
    assert "Frau K." not in text  # a pseudonym is not a name for a letter


def test_terminbestaetigung_puts_the_clients_language_first(vault, case):
    letter = _letter(vault.conn, case, "terminbestaetigung", "tr",
                     appointment=fill.Appointment(dt.date(2026, 12, 10), "10:30", "Raum 2"))
    assert [s.language for s in letter.sections] == ["tr", "de"]
    assert "Tarih: 10.12.2026\nSaat: 10:30\nYer: Raum 2" in letter.sections[0].text
    with pytest.raises(UserError, match="nicht in der Sprache „ar“"):
        _letter(vault.conn, case, "akteneinsicht_bamf", "ar")


def test_the_edited_text_is_what_is_kept(vault, case):
    conn = vault.conn
    letter = _letter(conn, case, "schweigepflichtentbindung", "fa")
    edited = letter.with_texts({"de": letter.sections[0].text + "\n\nZusatz Kranichweg"})
    pdf = render_letter(edited)
    letter_id = kept.keep_printed(conn, edited, pdf, printed_on=TODAY)
    (row,) = kept.list_kept(conn, case)
    assert (row.id, row.template_key, row.language, row.printed_on) == (
        letter_id, "schweigepflichtentbindung", "fa", TODAY)
    attachment = attachments.get(conn, row.attachment_id)
    assert attachment.file_name == "Schreiben_schweigepflichtentbindung_fa_2026-12-05.pdf"
    assert attachment.description == "Schreiben: Schweigepflichtentbindung (Persisch)"
    assert attachments.read(conn, row.attachment_id) == pdf
    assert audit.entries(conn)[0].action == "letter.printed"
    # the copy lives inside the encrypted vault: no file holds the name in plaintext
    for path in vault.paths.root.rglob("*"):
        if path.is_file():
            assert NAME.encode() not in path.read_bytes(), path.name


def test_kept_letters_are_case_data(vault, case, make_vault, tmp_path):
    conn = vault.conn
    letter = _letter(conn, case, "vollmacht", "uk")
    kept.keep_printed(conn, letter, render_letter(letter), printed_on=TODAY)
    # Art. 15: listed in the disclosure with their file
    (tmp_path / "auskunft").mkdir()
    files = dsr.export_disclosure(conn, case, tmp_path / "auskunft",
                                  render_pdf=render_disclosure)
    data = json.loads(files.json_path.read_text("utf-8"))
    assert [r["template_key"] for r in data["records"]["letters"]] == ["vollmacht"]
    assert len(files.attachment_paths) == 1
    shown = subprocess.run(["pdftotext", str(files.pdf_path), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Gedruckte Schreiben" in shown and "vollmacht" in shown
    # handover: only with the client's consent to hand over attachments
    for name, flag, expected in (("ohne", False, []), ("mit", True, ["vollmacht"])):
        out = tmp_path / f"{name}.mfdcase"
        export = case_transfer.export_case(conn, case, out, kdf_params=FAST_KDF,
                                           allow_below_floor=True, with_attachments=flag)
        other, _ = make_vault(paths=DataPaths(tmp_path / name, tmp_path / name / "logs"))
        result = case_transfer.import_case(other.conn, out, export.passphrase,
                                           allow_below_floor=True)
        got = kept.list_kept(other.conn, result.client_id)
        assert [k.template_key for k in got] == expected
        if got:
            assert attachments.read(other.conn, got[0].attachment_id).startswith(b"%PDF")
        other.lock()
    # Art. 18: a restricted case refuses a new copy, in the database too
    dsr.restrict(conn, case, "legal_claims")
    with pytest.raises(UserError, match="eingeschränkt"):
        kept.keep_printed(conn, letter, render_letter(letter))
    with pytest.raises(Exception, match="refusal.case_restricted"):
        conn.execute("DELETE FROM letters WHERE client_id = ?", (case,))
    dsr.lift_restriction(conn, case)
    # anonymisation and deletion remove them
    dsr.anonymise_client(conn, case)
    assert kept.list_kept(conn, case) == []
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_deleting_the_case_deletes_its_letters(vault, case):
    conn = vault.conn
    letter = _letter(conn, case, "terminbestaetigung", "ru")
    kept.keep_printed(conn, letter, render_letter(letter))
    dsr.delete_client(conn, case)
    assert conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_contents").fetchone()[0] == 0


def test_a_fristverlaengerung_never_names_a_statutory_deadline(vault, case):
    conn = vault.conn
    deadlines.add_deadline(conn, case, "widerspruch", start="2026-12-01")  # statutory, nearer
    text = _letter(conn, case, "fristverlaengerung").sections[0].text
    assert f"Frist bis zum {fill.BLANK} gesetzt" in text
    mitwirkung = deadlines.add_deadline(conn, case, "mitwirkung", given_date="2027-01-20")
    template = templates.load_all().get("fristverlaengerung")
    assert [c.id for c in fill.deadline_choices(conn, case, template)] == [mitwirkung]
    assert "Frist bis zum 20.01.2027 gesetzt" in _letter(conn, case, "fristverlaengerung").sections[0].text
