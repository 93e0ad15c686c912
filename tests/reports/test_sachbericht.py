"""The Sachbericht (reports/sachbericht.py) from released quarters in a real vault: site,
services, the counsellors' texts, the structural work as released (hidden stays hidden,
a sum over a hidden quarter reads "mindestens N"), and the texts' storage."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.errors import UserError
from mfd_desktop.reports import sachbericht
from mfd_desktop.stats import report_texts
from tests.stats.test_released_figures import _payload, _release

TODAY = dt.date(2026, 11, 28)
SITE = sachbericht.Site("Caritas Koblenz – MBE", "Caritasverband Koblenz e. V.",
                        "Hohenzollernstraße 118, 56068 Koblenz")


def _structural(q1: bool) -> dict:
    """Q1: 6 Netzwerktreffen and 5 Gremien; Q2: 7 activities, the Netzwerktreffen hidden."""
    if q1:
        return {("structural_activities", "total", "total"): 11,
                ("structural_activities", "activity_type", "netzwerktreffen"): 6,
                ("structural_activities", "activity_type", "gremienarbeit"): 5,
                ("structural_participants", "total", "total"): 40,
                ("structural_participants", "activity_type", "netzwerktreffen"): 40,
                ("structural_participants", "activity_type", "gremienarbeit"): 0,
                ("structural_hours", "total", "total"): 11,
                ("structural_hours", "activity_type", "netzwerktreffen"): 6,
                ("structural_hours", "activity_type", "gremienarbeit"): 5,
                ("clients", "service", "mbe"): 40}
    return {("structural_activities", "total", "total"): 7,
            ("structural_activities", "activity_type", "netzwerktreffen"): None,
            ("structural_participants", "total", "total"): 12,
            ("structural_participants", "activity_type", "netzwerktreffen"): 12,
            ("structural_hours", "total", "total"): 8,
            ("structural_hours", "activity_type", "netzwerktreffen"): 8,
            ("clients", "service", "mbe"): 40}


@pytest.fixture
def released_half_year(vault):
    _release(vault.conn, _payload("2025-Q1", _structural(True)))
    _release(vault.conn, _payload("2025-Q2", _structural(False)))
    return vault


def test_collect_uses_released_cells_only(released_half_year):
    report = sachbericht.collect(released_half_year.conn, "2025", "quarter", SITE, today=TODAY)
    assert report.services == ("Migrationsberatung für erwachsene Zugewanderte (MBE)",)
    assert report.structural == (
        ("Netzwerktreffen", "mindestens 6", "52", "14"),
        ("Gremienarbeit", "5", "–", "5"),
        ("Zusammen", "18", "52", "19"))
    # the three structural breakdowns are in their own chapter, not twice
    assert not [s for s in report.figures.sections if s.measure.startswith("structural_")]
    warnings = report.warnings()
    assert any("3. Quartal 2025" in w for w in warnings)  # Q3 and Q4 were never released
    assert "Abschnitt „Bedarfe und Ausblick“ ist noch leer." in warnings
    assert not any("fehlt" in w for w in warnings)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_names_the_site_and_shows_every_section(released_half_year):
    conn = released_half_year.conn
    report_texts.save(conn, "2025", {"schwerpunkte": "Beratung zu Familiennachzug.",
                                     "bedarfe": "Zeile eins\nZeile zwei\n\nNeuer Absatz"})
    report = sachbericht.collect(conn, "2025", "quarter", SITE, today=TODAY)
    pdf = sachbericht.render_sachbericht_pdf(report, today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    flat = " ".join(text.split())
    for expected in ("Sachbericht 2025", "Caritas Koblenz – MBE", "Caritasverband Koblenz e. V.",
                     "Hohenzollernstraße 118, 56068 Koblenz",
                     "Migrationsberatung für erwachsene Zugewanderte (MBE)",
                     "01.01.2025 – 31.12.2025", "Stand 28.11.2025".replace("2025", "2026"),
                     "Beratung zu Familiennachzug.", "Zeile eins Zeile zwei Neuer Absatz",
                     "(Kein Text eingetragen.)", "Netzwerktreffen mindestens 6 52 14",
                     "Zusammen 18 52 19"):
        assert expected in flat, expected
    assert "…" not in text  # no label cut off


def test_only_a_year_and_only_what_was_released(vault):
    with pytest.raises(UserError) as info:
        sachbericht.collect(vault.conn, "2025-Q1", "quarter", SITE)
    assert "gilt für ein Jahr" in str(info.value) and "covers a year" in info.value.render("en")
    with pytest.raises(UserError) as info:
        sachbericht.collect(vault.conn, "2025", "quarter", SITE)
    assert "noch kein Quartal freigegeben" in str(info.value)


def test_texts_are_kept_per_period_and_emptied_by_saving_nothing(vault):
    report_texts.save(vault.conn, "2025", {"schwerpunkte": "  Erstens.  \n\n", "bedarfe": "B"})
    report_texts.save(vault.conn, "2026", {"schwerpunkte": "Anderes Jahr"})
    assert report_texts.load(vault.conn, "2025") == {
        "schwerpunkte": "Erstens.", "kooperationen": "", "bedarfe": "B"}
    report_texts.save(vault.conn, "2025", {"bedarfe": ""})
    assert report_texts.load(vault.conn, "2025")["bedarfe"] == ""
    assert report_texts.load(vault.conn, "2026")["schwerpunkte"] == "Anderes Jahr"
    with pytest.raises(UserError) as info:
        report_texts.save(vault.conn, "2025", {"notizen": "x"})
    assert "notizen" in str(info.value)
    with pytest.raises(UserError):
        report_texts.save(vault.conn, "2025", {"bedarfe": "x" * (report_texts.MAX_LENGTH + 1)})
    assert report_texts.load(vault.conn, "2025")["schwerpunkte"] == "Erstens."  # nothing lost


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(period=st.text(max_size=12), body=st.text(max_size=300))
def test_hostile_periods_and_texts_give_a_user_error_or_round_trip(vault, period, body):
    try:
        report_texts.save(vault.conn, period, {"kooperationen": body})
    except UserError:
        return
    stored = report_texts.load(vault.conn, period)["kooperationen"]
    assert stored == "\n".join(line.rstrip() for line in body.strip().splitlines())
