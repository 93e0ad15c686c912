import re
import shutil
import subprocess

import pytest

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.reports.case_summary import render_case_summary
from mfd_desktop.reports.pdf_base import write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def case(vault):
    conn = vault.conn
    cid = clients.create_client(conn, clients.Client(
        name="Jürgen Müller", case_number="MZ-2026-0042", birth_year=1975, gender="maennlich",
        country="TR", languages=["tr", "de"], residence_status="niederlassungserlaubnis",
        service="mfd", first_contact="2026-01-05", tags=["Familie"]))
    office = referrals.add_office(conn, referrals.Office(name="Jobcenter Mainz", target_key="jobcenter"))
    consents.add_consent(conn, consents.Consent(cid, "speicherung", given_on="2026-01-05",
                                                form_version="EW-2025"))
    for day in range(1, 29):
        consultations.add_consultation(conn, consultations.Consultation(
            cid, held_on=f"2026-02-{day:02d}", duration_minutes=30, topics=["wohnen"],
            note=f"Beratung Nummer {day}. Wohnungssuche besprochen; Straße und Hausnummer "
                 "der neuen Wohnung notiert.\nZweite Zeile der Notiz."))
    referrals.add_referral(conn, referrals.Referral(cid, office_id=office, passes_data=True,
                                                    referred_on="2026-03-01"))
    return cid


def test_case_summary_is_german_paginated_and_complete(vault, case, tmp_path):
    data = render_case_summary(vault.conn, case)
    assert data.startswith(b"%PDF")
    path = tmp_path / "fall.pdf"
    write_pdf(path, data)
    text = pdf_text(path)
    for expected in ("Fallübersicht: MZ-2026-0042", "Jürgen Müller", "Stammdaten", "Türkei",
                     "Türkisch", "Niederlassungserlaubnis", "Einwilligungen", "Speicherung",
                     "Beratungen", "Beratung Nummer 1.", "Beratung Nummer 28.", "Wohnen",
                     "Weitervermittlungen", "Jobcenter Mainz", "ohne Einwilligung", "Verlauf",
                     "Seite 1 von", "Fall MZ-2026-0042"):
        assert expected in text, expected
    pages = text.count("\f")
    assert pages >= 2
    assert f"Seite {pages} von {pages}" in text


def test_minimal_anonymous_case_renders(vault):
    cid = clients.create_client(vault.conn, clients.Client(anonymous=True))
    data = render_case_summary(vault.conn, cid)
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_markup_in_notes_is_text_not_markup(vault, tmp_path):
    cid = clients.create_client(vault.conn, clients.Client(name="A <b>B</b> & C"))
    consultations.add_consultation(vault.conn, consultations.Consultation(
        cid, note="<font size=40>x</font> & <br/> أحمد"))
    path = tmp_path / "x.pdf"
    write_pdf(path, render_case_summary(vault.conn, cid))
    text = pdf_text(path)
    assert "A <b>B</b> & C" in text and "<font size=40>x</font>" in text


def test_referral_status_words_are_never_split(vault, case, tmp_path):
    """„wahrgenommen, begleitet“ stays whole in the Stand column (was „wahrgenomme|n“)."""
    conn = vault.conn
    office = referrals.add_office(conn, referrals.Office(name="Ausländerbehörde Mainz",
                                                         target_key="auslaenderbehoerde"))
    for status in ("wahrgenommen", "nicht_wahrgenommen", "vereinbart"):
        referrals.add_referral(conn, referrals.Referral(
            case, office_id=office, referred_on="2026-03-02", status=status, accompanied=True))
    path = tmp_path / "fall.pdf"
    write_pdf(path, render_case_summary(conn, case))
    text = pdf_text(path)
    assert len(re.findall(r"wahrgenommen,", text)) >= 2
    assert not re.search(r"wahrgenomm(e?)(?!n)\b|wahrgenomme(?!n)", text), text
