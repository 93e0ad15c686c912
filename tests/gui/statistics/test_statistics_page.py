"""The Statistik view on a real vault: hidden cells as "." with the legend (never "< 5"),
provisional periods, the preview is exactly the payload, Freigeben stores exactly it, a
year built from the released quarters (the same figures as the PDF), exact own counts
only on request and marked, PDF export in a worker from the released figures."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.gui.statistics.statistics_page import OVERVIEW_KEY, StatisticsPage
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload import StatsPayload
from tests.stats.casedata import populate

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def page(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    populate(conn, clients=80, consultations=400, year=2026, seed=3)
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    widget = StatisticsPage(unlocked_ctx)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.select_period("2026-Q3")
    return widget


def _cells(page):
    model = page.counts_model
    return {model.row(i).category: model.data(model.index(i, 1)) for i in range(model.rowCount())}


LEGEND = "„.“ = aus Datenschutzgründen nicht ausgewiesen"


def test_figures_show_hidden_cells_as_the_sign_with_legend(page):
    assert "beendet" in page.status.text() or "abgeschlossen" in page.status.text()
    page.show_section("clients.residence_status")
    shown = _cells(page)
    assert any(text == "." for text in shown.values())
    for text in shown.values():
        assert text in (".", "–") or int(text.replace(".", "")) >= 5
    assert page.chart.rows() and any(r.value is None for r in page.chart.rows())
    assert LEGEND in page.legend_label.text() and page.legend_label.isVisible()
    assert "nicht ausgewiesen („.“)" in page.rule_label.text()
    assert not page.exact_check.isChecked()
    hidden = next(i for i in range(page.counts_model.rowCount())
                  if page.counts_model.row(i).value is None)
    tip = page.counts_model.data(page.counts_model.index(hidden, 1),
                                 Qt.ItemDataRole.ToolTipRole)
    assert "Aus Datenschutzgründen nicht ausgewiesen" in tip
    assert "Aufenthaltsstatus" in page.section_title.text()
    page.show_section("consultations.topic")
    assert "Mehrfachnennung" in page.section_note.text()


def test_running_period_is_provisional_and_cannot_be_released(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026-Q4")
    assert "vorläufig" in page.status.text()
    assert "vorläufig" in page.section_title.text()
    assert not page.release_button.isEnabled()
    assert "noch nicht abgeschlossen" in page.release_reason.text()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026-09")
    assert not page.release_button.isEnabled() and "Quartale" in page.release_reason.text()
    # a month is not for funders: no figures by default, a reason instead
    assert "keine Zahlen eines Monats" in page.figures_notice.text()
    assert page.counts_model.rowCount() == 0 and page.section_keys() == []
    assert page.payload_model.rowCount() == 0


def test_preview_is_the_payload_and_release_stores_exactly_it(page, qtbot, unlocked_ctx):
    payload = page.preview.payload
    assert page.release_button.isEnabled()
    assert StatsPayload.model_validate(json.loads(page.json_view.toPlainText())) == payload
    assert page.payload_model.rowCount() == len(payload.cells)
    # Developer words stay behind "Details": the site and device ids and the JSON.
    assert "awo-koblenz" in page.details_info.text()
    assert payload.device_id in page.details_info.text()
    assert payload.device_id not in page.preview_info.text()
    assert "Fassung 1" in page.preview_info.text() and "Revision" not in page.preview_info.text()
    assert page.details_panel.isHidden()
    page.details_button.setChecked(True)
    assert not page.details_panel.isHidden() and not page.json_view.isHidden()
    with qtbot.waitSignal(page.released, timeout=20_000):
        page.release_previewed()
    items = release_mod.pending_outbox(unlocked_ctx.vault.conn)
    assert [i.payload_json for i in items] == [release_mod.canonical_json(payload)]
    qtbot.waitUntil(lambda: page.outbox_model.rowCount() == 1, timeout=20_000)
    assert page.outbox_model.data(page.outbox_model.index(0, 3)) == "wartet auf Übermittlung"
    # the page reloads: the next preview would be revision 2, identical → refused
    qtbot.waitUntil(lambda: page.preview.payload.revision == 2, timeout=20_000)
    page.release_previewed()
    qtbot.waitUntil(lambda: "schon freigegeben" in page.release_reason.text(), timeout=20_000)
    assert len(release_mod.list_releases(unlocked_ctx.vault.conn)) == 1


def test_pdf_export_runs_in_a_worker_from_the_release(page, qtbot, tmp_path):
    target = tmp_path / "statistik"
    page.write_pdf_to(str(target))  # not released yet: refused, no file
    qtbot.waitUntil(lambda: "noch nicht freigegeben" in page.status.text(), timeout=20_000)
    assert not (tmp_path / "statistik.pdf").exists() and page.pdf_button.isEnabled()
    assert "sobald der Zeitraum freigegeben ist" in page.figures_notice.text()
    with qtbot.waitSignal(page.released, timeout=20_000):
        page.release_previewed()
    qtbot.waitUntil(lambda: "Fassung 1." in page.figures_notice.text(), timeout=20_000)
    page.ctx.settings.set("site_name", "Diakonie Worms – MFD")  # named on the PDF
    with qtbot.waitSignal(page.pdf_written, timeout=30_000) as blocker:
        page.write_pdf_to(str(target))
    assert blocker.args == [str(target) + ".pdf"]
    pdf = (tmp_path / "statistik.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "PDF" in page.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                              check=True).stdout.decode()
        assert "Beratungsstelle: Diakonie Worms – MFD" in " ".join(text.split())


def test_locking_empties_the_page(page):
    page.on_locking()
    assert page.counts_model.rowCount() == 0 and page.json_view.toPlainText() == ""
    assert page.outbox_model.rowCount() == 0


@pytest.fixture
def small_page(unlocked_ctx, qtbot):
    from tests.stats.test_small_unit import add_clients

    add_clients(unlocked_ctx.vault.conn, 19, first_id=1, country="SY")
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    widget = StatisticsPage(unlocked_ctx)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.select_period("2026-Q3")
    return widget


def test_small_unit_preview_says_why_only_totals_are_sent(small_page, qtbot, unlocked_ctx):
    page = small_page
    sentence = "Weniger als 20 Ratsuchende in diesem Zeitraum"
    assert page.preview.totals_only
    page.tabs.setCurrentIndex(1)
    assert page.small_unit_notice.isVisible() and sentence in page.small_unit_notice.text()
    assert "Nur die Summen, keine Aufgliederungen" in page.preview_info.text()
    assert "Nicht aufgeführte" not in page.preview_info.text()
    payload = page.preview.payload
    assert payload.totals_only and all(c.dimension == "total" for c in payload.cells)
    assert json.loads(page.json_view.toPlainText())["totals_only"] is True
    values = [page.payload_model.data(page.payload_model.index(i, 3))
              for i in range(page.payload_model.rowCount())]
    assert "nicht übermittelt" in values and "19" in values
    # the figures: every breakdown row hidden, with the reason under the table
    page.tabs.setCurrentIndex(0)
    page.show_section("clients.region")
    assert set(_cells(page).values()) == {"."} and len(_cells(page)) == 14
    assert sentence in page.figures_notice.text()
    tip = page.counts_model.data(page.counts_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "zu wenige Ratsuchende" in tip
    page.show_section(OVERVIEW_KEY)
    assert _cells(page)["clients"] == "19"
    with qtbot.waitSignal(page.released, timeout=20_000):
        page.release_previewed()
    items = release_mod.pending_outbox(unlocked_ctx.vault.conn)
    assert [i.payload_json for i in items] == [release_mod.canonical_json(payload)]


def test_ordinary_site_shows_no_small_unit_notice(page):
    page.tabs.setCurrentIndex(1)
    assert not page.small_unit_notice.isVisible()
    assert "Weniger als" not in page.figures_notice.text()
    assert LEGEND in page.preview_legend.text()


def _all_texts(page) -> list[str]:
    """Every text the figures and the preview tab show (models, chart, labels)."""
    texts = [page.figures_notice.text(), page.rule_label.text(), page.legend_label.text(),
             page.section_note.text(), page.preview_info.text(), page.preview_legend.text()]
    for key in page.section_keys():
        page.show_section(key)
        texts += [page.counts_model.data(page.counts_model.index(i, c))
                  for i in range(page.counts_model.rowCount()) for c in (0, 1)]
        texts += [r.text for r in page.chart.rows()]
    model = page.payload_model
    texts += [model.data(model.index(i, c)) for i in range(model.rowCount()) for c in range(4)]
    return texts


@pytest.fixture
def attack5_page(unlocked_ctx, qtbot):
    from tests.stats.funder_data import fill_attack5

    fill_attack5(unlocked_ctx.vault.conn, 3, 2026)
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    widget = StatisticsPage(unlocked_ctx)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.select_period("2026-Q3")
    return widget


def test_attack5_no_less_than_five_anywhere_on_the_page(attack5_page, qtbot, tmp_path):
    page = attack5_page
    page.show_section("clients.gender")
    # 2 divers are hidden; the complementary cell is the 24 men or the 30 women (the
    # order is the vault's secret): whichever it is reads ".", never "< 5"
    cells = _cells(page)
    assert {cells["maennlich"], cells["weiblich"]} in ({".", "30"}, {"24", "."})
    assert cells["maennlich"] in (".", "24") and cells["weiblich"] in (".", "30")
    texts = _all_texts(page)
    assert not [t for t in texts if t and ("< 5" in t or "<5" in t)]
    men = next(r for r in page.payload_model.rows if r[2] == "männlich")
    assert men[3] == cells["maennlich"]
    # the same page in English: the legend follows the language
    from tests.gui.conftest import switch_language

    switch_language(page.ctx, qtbot, "en")
    assert "“.” = not shown for data protection reasons" in page.legend_label.text()
    assert "“.” = not shown for data protection reasons" in page.preview_legend.text()
    assert not [t for t in _all_texts(page) if t and "< 5" in t]
    switch_language(page.ctx, qtbot, "de")


def test_exact_own_counts_only_on_request_marked_and_never_default(attack5_page, qtbot):
    page = attack5_page
    assert not page.exact_check.isChecked()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.exact_check.setChecked(True)
    assert page.figures.exact
    assert "nur für Sie, nicht zur Weitergabe" in page.figures_notice.text()
    assert "nur für Sie" in page.section_title.text()
    page.show_section("clients.gender")
    assert _cells(page)["maennlich"] == "24" and _cells(page)["divers"] == "2"
    assert page.legend_label.text() == ""
    # another period: back to the figures for passing on
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026-Q2")
    assert not page.exact_check.isChecked() and not page.figures.exact
    assert "nur für Sie" not in page.figures_notice.text()
    page.on_locking()
    assert not page.exact_check.isChecked() and page.figures is None


def test_year_is_built_from_the_released_quarters(unlocked_ctx, qtbot, tmp_path):
    from tests.stats.funder_data import fill_attack3, release_quarters

    conn = unlocked_ctx.vault.conn
    fill_attack3(conn, 2026)
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    release_quarters(conn, ["2026-Q1", "2026-Q2", "2026-Q3"], site="awo-koblenz",
                     today=TODAY)
    page = StatisticsPage(unlocked_ctx)
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026")
    notice = page.figures_notice.text()
    assert "Summe der freigegebenen Quartale" in notice
    assert "4. Quartal 2026 (läuft noch)" in notice and "Vorläufig" in notice
    assert page.preview is None and not page.release_button.isEnabled()
    assert "Übermittelt werden nur Quartale" in page.preview_info.text()
    page.show_section("clients.region")
    region = _cells(page)
    assert region["nordafrika"] in ("mindestens 5", ".")  # never the raw year's 7
    # visible in every quarter: the exact sum; hidden in one: a lower bound
    assert region["naher_osten"] == "75" or region["naher_osten"].startswith("mindestens")
    assert "mindestens N" in page.legend_label.text()
    row = next(r for r in page.chart.rows() if r.category == "nordafrika")
    assert row.value is None
    # the PDF shows exactly these figures
    target = tmp_path / "jahr.pdf"
    with qtbot.waitSignal(page.pdf_written, timeout=30_000):
        page.write_pdf_to(str(target))
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        line = next(x for x in text.splitlines() if x.strip().startswith("Nordafrika"))
        assert region["nordafrika"] in line and "< 5" not in text
    # exact own counts: the true year, on screen only
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.exact_check.setChecked(True)
    page.show_section("clients.region")
    assert _cells(page)["nordafrika"] == "7"


def test_pdf_of_a_month_is_refused_without_a_file_dialog(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026-09")
    page.save_pdf()  # returns before any dialog: there is nothing to print
    assert "keine Zahlen eines Monats" in page.status.text()
