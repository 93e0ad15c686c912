"""The Statistik-PDF: German, built from the released figures, hidden cells as "." with the
legend (never "< 5"), "mindestens N" for sums over a hidden quarter, vorläufig."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from mfd_desktop.reports.statistics_report import bar_chart, render_statistics_pdf
from mfd_desktop.stats.counting import count_period
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.presentation import Row, exact_figures, released_report
from mfd_desktop.stats.released_figures import released_figures
from tests.stats.casedata import Secrets, populate
from tests.stats.funder_data import fill_attack3, fill_attack5, release_quarters

TODAY = dt.date(2026, 11, 28)
LEGEND = "„.“ = aus Datenschutzgründen nicht ausgewiesen"


def _text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing")
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _funder_pdf(conn, key: str, **kwargs) -> bytes:
    figures = released_figures(conn, parse_period(key), "quarter", today=TODAY)
    return render_statistics_pdf(released_report(figures, today=TODAY), today=TODAY, **kwargs)


def test_pdf_has_tables_rule_legend_and_no_case_text(vault, tmp_path):
    secrets = Secrets()
    populate(vault.conn, clients=60, consultations=300, year=2026, seed=5, secrets=secrets)
    release_quarters(vault.conn, ["2026-Q3"], today=TODAY)
    text = _text(_funder_pdf(vault.conn, "2026-Q3", site_name="Diakonie Worms"), tmp_path)
    flat = " ".join(text.split())
    assert "Statistik 3. Quartal 2026" in text
    assert "Diakonie Worms" in text and "01.07.2026 – 30.09.2026" in text
    assert "Freigegebene Fassung 1 vom" in flat and "genau die übermittelten Zahlen" in flat
    assert "nicht ausgewiesen („.“)" in flat and LEGEND in flat
    assert "< 5" not in text and "<5" not in text
    assert "Ratsuchende (beraten) nach Herkunftsregion" in text
    assert "Mehrfachnennung" in text
    assert "Vorläufig" not in text
    for secret in secrets.texts:
        assert secret not in text


def test_pdf_of_a_quarter_is_its_release_not_a_fresh_count(vault, tmp_path):
    fill_attack5(vault.conn, 3, 2026)
    release_quarters(vault.conn, ["2026-Q3"], today=TODAY)
    fill_attack5(vault.conn, 3, 2026, first=500)  # late entries, not released
    text = _text(_funder_pdf(vault.conn, "2026-Q3"), tmp_path)
    row = next(line for line in text.splitlines() if line.strip().startswith("Ratsuchende (b"))
    assert row.split()[-1] == "56"  # the released 56, not the 112 counted now


def test_attack5_complementary_cell_reads_dot(vault, tmp_path):
    fill_attack5(vault.conn, 3, 2026)
    release_quarters(vault.conn, ["2026-Q3"], today=TODAY)
    text = _text(_funder_pdf(vault.conn, "2026-Q3"), tmp_path)
    shown = {label: next(line for line in text.splitlines()
                         if line.strip().startswith(label)).split()[1]
             for label in ("männlich", "weiblich")}
    # 2 divers are hidden; the complementary cell is the 24 men or the 30 women (the
    # order is the vault's secret): whichever it is reads ".", never "< 5"
    assert sorted(shown.values()) in (sorted([".", "30"]), sorted([".", "24"]))
    assert shown["männlich"] in (".", "24") and shown["weiblich"] in (".", "30")
    assert "< 5" not in text and LEGEND in " ".join(text.split())


def test_year_from_released_quarters_is_provisional_and_names_missing_ones(vault, tmp_path):
    fill_attack3(vault.conn, 2026)
    release_quarters(vault.conn, ["2026-Q1", "2026-Q2", "2026-Q3"], today=TODAY)
    raw = count_period(vault.conn, parse_period("2026"))[("clients", "region", "nordafrika")]
    assert raw == 7
    text = _text(_funder_pdf(vault.conn, "2026"), tmp_path)
    flat = " ".join(text.split())
    assert "Statistik Jahr 2026" in text and "Vorläufig" in flat
    assert "nicht enthalten: 4. Quartal 2026 (läuft noch)" in flat
    assert "Summe der freigegebenen Quartale: 1. Quartal 2026 (Fassung 1)" in flat
    assert "mindestens N“ = in mindestens einem Teilzeitraum nicht ausgewiesen" in flat
    region = next(line for line in text.splitlines() if line.strip().startswith("Nordafrika"))
    assert region.split()[1:3] == ["mindestens", "5"] or region.split()[1] == "."
    assert " 7" not in region
    assert "Wer in mehreren davon beraten wurde, ist in jedem gezählt" in flat
    assert "Laufende Fälle: Stand Ende 3. Quartal 2026" in flat


def test_exact_counts_never_reach_the_pdf(vault):
    period = parse_period("2026-Q3")
    figures = exact_figures(period, count_period(vault.conn, period), provisional=False, k=5)
    with pytest.raises(ValueError):
        render_statistics_pdf(figures)


def test_bar_chart_draws_stub_for_hidden_and_light_bar_for_lower_bound():
    rows = [Row("a", "A", 10, "10"), Row("b", "B", None, "."), Row("c", "C", 0, "–"),
            Row("d", "D", None, "mindestens 6", lower_bound=6)]
    drawing = bar_chart(rows, width=200)
    texts = [getattr(s, "text", None) for s in drawing.contents]
    assert "." in texts and "10" in texts and "mindestens 6" in texts
    assert "< 5" not in texts and "–" not in texts  # zero: no bar, no label
    widths = [s.width for s in drawing.contents if type(s).__name__ == "Rect"]
    assert max(widths) > 100 and 6 in widths  # the full bar and the hidden stub
    assert any(w == pytest.approx(max(widths) * 0.6) for w in widths)  # 6 of 10


def test_a_lower_bound_above_every_exact_value_stays_inside_the_chart():
    rows = [Row("a", "A", 5, "5"), Row("d", "D", None, "mindestens 54", lower_bound=54),
            Row("e", "E", None, "mindestens 18", lower_bound=18)]
    drawing = bar_chart(rows, width=200)
    for shape in drawing.contents:
        if type(shape).__name__ == "Rect":
            assert shape.x + shape.width <= 200
        if type(shape).__name__ == "String":
            assert shape.x < 200


def test_small_unit_pdf_says_why_and_hides_every_breakdown(vault, tmp_path):
    from tests.stats.test_small_unit import add_clients

    add_clients(vault.conn, 19, first_id=1, country="SY")
    release_quarters(vault.conn, ["2026-Q3"], today=TODAY)
    text = _text(_funder_pdf(vault.conn, "2026-Q3", site_name="Diakonie Worms"), tmp_path)
    flat = " ".join(text.split())
    assert "Zu wenige Ratsuchende für Aufgliederungen: Es wurden nur Summen übermittelt" in flat
    assert "Ratsuchende (beraten) nach Herkunftsregion" in flat
    assert "Naher/Mittlerer Osten" not in text  # no category rows at all
    hidden = [line for line in text.splitlines() if line.strip().startswith("Ratsuchende (b")
              and "nach" in line]
    assert hidden and all(line.split()[-1] == "." for line in hidden)
    overview_line = next(line for line in text.splitlines()
                         if line.strip().startswith("Ratsuchende (beraten)") and "19" in line)
    assert overview_line  # the total is there


def test_preview_pdf_for_tests_and_bench_uses_the_sign(vault, tmp_path):
    populate(vault.conn, clients=60, consultations=300, year=2026, seed=5)
    preview = build_preview(vault.conn, parse_period("2026-Q3"), StatsConfig("s"), today=TODAY)
    text = _text(render_statistics_pdf(preview, today=TODAY), tmp_path)
    assert "< 5" not in text and LEGEND in " ".join(text.split())


def _font_sizes(pdf: bytes) -> set[float]:
    """Every character's font size on every page (pypdfium2, in memory)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    sizes: set[float] = set()
    document = pdfium.PdfDocument(pdf)
    for page in document:
        text = page.get_textpage()
        for i in range(text.count_chars()):
            if text.get_text_range(i, 1).strip():
                sizes.add(round(pdfium_c.FPDFText_GetFontSize(text.raw, i), 1))
    return sizes


def test_funder_pdf_names_site_traeger_and_period_wraps_labels_and_reads_at_9_pt(vault,
                                                                                tmp_path):
    populate(vault.conn, clients=60, consultations=300, year=2026, seed=5)
    release_quarters(vault.conn, ["2026-Q3"], today=TODAY)
    pdf = _funder_pdf(vault.conn, "2026-Q3", site_name="Migrationsberatung Worms",
                      traeger="Diakonisches Werk Worms-Alzey e. V.")
    text = _text(pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Beratungsstelle: Migrationsberatung Worms" in flat
    assert "Träger: Diakonisches Werk Worms-Alzey e. V." in flat
    assert "Zeitraum: 01.07.2026 – 30.09.2026" in flat
    # the page header names the Beratungsstelle on every page
    assert text.count("Migrationsberatung Worms – Statistik 3. Quartal 2026") >= 2
    # labels are never cut: the longest category label is there in full
    assert "Migrationsberatung für erwachsene Zugewanderte" in flat and "(MBE)" in flat
    assert "…" not in text
    # German "nach …" per dimension
    assert "nach besonderem Schutzbedarf" in flat and "nach Besondere" not in flat
    assert min(_font_sizes(pdf)) >= 9
