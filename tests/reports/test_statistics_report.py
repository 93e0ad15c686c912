"""The Statistik-PDF: German, suppressed cells as "< 5", the rule sentence, vorläufig."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from mfd_desktop.reports.statistics_report import bar_chart, render_statistics_pdf
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.presentation import Row
from tests.stats.casedata import Secrets, populate

TODAY = dt.date(2026, 11, 28)


def _text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing")
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_pdf_has_tables_rule_and_no_case_text(vault, tmp_path):
    secrets = Secrets()
    populate(vault.conn, clients=60, consultations=300, year=2026, seed=5, secrets=secrets)
    preview = build_preview(vault.conn, parse_period("2026-Q3"), StatsConfig("s"), today=TODAY)
    pdf = render_statistics_pdf(preview, site_name="Diakonie Worms", today=TODAY)
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    assert "Statistik 3. Quartal 2026" in text
    assert "Diakonie Worms" in text and "01.07.2026 – 30.09.2026" in text
    assert "als „< 5“ gezeigt" in " ".join(text.split())
    assert "< 5" in text
    assert "Ratsuchende (beraten) nach Herkunftsregion" in text
    assert "Mehrfachnennung" in text
    assert "Vorläufig" not in text
    for secret in secrets.texts:
        assert secret not in text


def test_running_period_is_marked_provisional(vault, tmp_path):
    preview = build_preview(vault.conn, parse_period("2026"), StatsConfig("s"), today=TODAY)
    text = _text(render_statistics_pdf(preview, today=TODAY), tmp_path)
    assert "Vorläufig" in text and "Jahr 2026" in text


def test_bar_chart_draws_a_stub_for_suppressed_rows():
    rows = [Row("a", "A", 10, "10"), Row("b", "B", None, "< 5"), Row("c", "C", 0, "0")]
    drawing = bar_chart(rows, width=200)
    texts = [getattr(s, "text", None) for s in drawing.contents]
    assert "< 5" in texts and "10" in texts and "0" in texts
    widths = [s.width for s in drawing.contents if type(s).__name__ == "Rect"]
    assert max(widths) > 100 and 6 in widths  # the full bar and the suppressed stub


def test_small_unit_pdf_says_why_and_hides_every_breakdown(vault, tmp_path):
    from tests.stats.test_small_unit import add_clients

    add_clients(vault.conn, 19, first_id=1, country="SY")
    preview = build_preview(vault.conn, parse_period("2026-Q3"), StatsConfig("s"), today=TODAY)
    assert preview.totals_only
    pdf = render_statistics_pdf(preview, site_name="Diakonie Worms", today=TODAY)
    (tmp_path / "small.pdf").write_bytes(pdf)
    text = _text(pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Weniger als 20 Ratsuchende in diesem Zeitraum: Es werden nur Summen gezeigt" in flat
    assert "Ratsuchende (beraten) nach Herkunftsregion" in flat
    assert "verborgen" in text
    assert "Naher/Mittlerer Osten" not in text  # no category rows at all
    overview_line = next(line for line in text.splitlines()
                         if line.strip().startswith("Ratsuchende (beraten)") and "19" in line)
    assert overview_line  # the total is there
