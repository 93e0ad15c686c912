"""The printed Förderplan (reports/support_plan.py) and the plan in the Fallübersicht and
the Art. 15 disclosure, rendered to real PDF bytes and read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import unicodedata

import pytest

from mfd_desktop.domain.casework import arrival, districts, history
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.dataprotection import data_subject_rights
from mfd_desktop.reports import support_plan
from mfd_desktop.reports.case_summary import render_case_summary
from mfd_desktop.reports.disclosure import render_disclosure

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(data: bytes, tmp_path) -> str:
    assert data.startswith(b"%PDF")
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    raw = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    path.unlink()
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def _in_order(text: str, phrase: str) -> bool:
    """`phrase`, or its words in order (a wrapped cell interleaves with its neighbours)."""
    words, position = text.split(), 0
    for word in phrase.split():
        try:
            position = words.index(word, position) + 1
        except ValueError:
            return False
    return True


@pytest.fixture
def plan(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="Amina Beispiel", first_contact="2025-01-10"))
    plan_id = sp.start_plan(conn, cid, "2026-01-15")
    home = sp.add_goal(conn, plan_id, "Ich möchte eine eigene Wohnung", topic="wohnen",
                       review_on="2026-03-01")
    sp.add_step(conn, home, "Wohnungsanzeigen lesen", "klient", due_on="2026-02-01")
    step = sp.add_step(conn, home, "WBS-Antrag", "andere_stelle", office="Wohnungsamt Mainz",
                       due_on="2026-02-15")
    sp.mark_step_done(conn, step, "2026-02-10")
    work = sp.add_goal(conn, plan_id, "أريد أن أعمل ممرضة", topic="ausbildung_arbeit")
    sp.add_step(conn, work, "Zeugnisse übersetzen", "beratung")
    sp.set_outcome(conn, work, "teilweise", "2026-02-20", note="Geheime Notiz zum Ergebnis")
    return conn, cid, plan_id


def test_german_plan_with_steps_and_no_notes_unless_ticked(plan, tmp_path):
    conn, _cid, plan_id = plan
    text = _text(support_plan.render_support_plan(conn, plan_id, "de"), tmp_path)
    for expected in ("Mein Förderplan", "Begonnen am", "15.01.2026", "Ich möchte eine eigene "
                     "Wohnung", "Wohnen", "Wohnungsanzeigen lesen", "WBS-Antrag",
                     "Wohnungsamt Mainz", "10.02.2026", "01.03.2026", "teilweise erreicht",
                     "Bis wann"):
        assert expected in text, expected
    assert "Amina" not in text and "Geheime Notiz" not in text
    assert "Übersetzung nicht geprüft" not in text
    ticked = _text(support_plan.render_support_plan(conn, plan_id, "de", with_name=True,
                                                    with_notes=True), tmp_path)
    assert "Amina Beispiel" in ticked and "Geheime Notiz zum Ergebnis" in ticked


def test_arabic_plan_is_shaped_and_bilingual(plan, tmp_path):
    conn, _cid, plan_id = plan
    raw_pdf = support_plan.render_support_plan(conn, plan_id, "ar")
    text = _text(raw_pdf, tmp_path)
    ar = support_plan.phrases()["ar"]
    # RTL phrases come back in logical order (shaped forms normalised by NFKC)
    for key in ("title", "unreviewed", "what"):
        assert unicodedata.normalize("NFKC", str(ar[key])) in text, key
    assert "Mein Förderplan" in text and "Übersetzung nicht geprüft" in text
    assert "Wohnungsanzeigen lesen" in text
    assert "ممرضة" in text  # the client's own words in Arabic, shaped in the German column


@pytest.mark.parametrize("lang", ["en", "uk", "tr"])
def test_ltr_languages_print_both(plan, tmp_path, lang):
    conn, _cid, plan_id = plan
    text = _text(support_plan.render_support_plan(conn, plan_id, lang), tmp_path)
    words = support_plan.phrases()[lang]
    for key in ("title", "by_when", "owner_klient"):
        assert _in_order(text, str(words[key])), key
    assert "Mein Förderplan" in text


def test_case_summary_and_art15_disclosure_include_the_plan(plan, tmp_path):
    conn, cid, _plan_id = plan
    arrival.set_arrival(conn, cid, "03.2019")
    districts.set_residence(conn, cid, "07315", "Mainz-Neustadt")
    history.add(conn, cid, "language_level", "b1", "2025-11-20", certificate=True)
    summary = _text(render_case_summary(conn, cid, today=dt.date(2026, 3, 1)), tmp_path)
    for expected in ("Förderplan seit 15.01.2026", "Ich möchte eine eigene Wohnung",
                     "Wohnungsanzeigen lesen", "Geheime Notiz zum Ergebnis", "Einreise",
                     "03.2019", "Mainz (kreisfreie Stadt)", "Mainz-Neustadt",
                     "20.11.2025: B1 (Zertifikat)"):
        assert expected in summary, expected
    out = tmp_path / "out"
    out.mkdir()
    files = data_subject_rights.export_disclosure(conn, cid, out, render_pdf=render_disclosure)
    disclosed = json.loads(files.json_path.read_text(encoding="utf-8"))
    dumped = json.dumps(disclosed, ensure_ascii=False)
    for expected in ("Ich möchte eine eigene Wohnung", "Wohnungsanzeigen lesen",
                     "Wohnungsamt Mainz", "Geheime Notiz zum Ergebnis", "support_plans",
                     "plan_steps", "Mainz-Neustadt"):
        assert expected in dumped, expected
    pdf = _text(files.pdf_path.read_bytes(), tmp_path)
    assert "Ich möchte eine eigene Wohnung" in pdf and "Wohnungsanzeigen lesen" in pdf
