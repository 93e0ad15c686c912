"""The Statistik view on a real vault: figures with "< 5", provisional periods, the preview
is exactly the payload, Freigeben stores exactly it, PDF export in a worker."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.gui.stats.statistics_page import OVERVIEW_KEY, StatisticsPage
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


def test_figures_show_suppressed_cells_as_less_than_five(page):
    assert "beendet" in page.status.text() or "abgeschlossen" in page.status.text()
    page.show_section("clients.residence_status")
    shown = _cells(page)
    assert any(text == "< 5" for text in shown.values())
    for text in shown.values():
        assert text == "< 5" or text == "0" or int(text.replace(".", "")) >= 5
    assert page.chart.rows() and any(r.value is None for r in page.chart.rows())
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
    assert not page.release_button.isEnabled() and "Quartal" in page.release_reason.text()


def test_preview_is_the_payload_and_release_stores_exactly_it(page, qtbot, unlocked_ctx):
    payload = page.preview.payload
    assert page.release_button.isEnabled()
    assert StatsPayload.model_validate(json.loads(page.json_view.toPlainText())) == payload
    assert page.payload_model.rowCount() == len(payload.cells)
    assert "awo-koblenz" in page.preview_info.text()
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


def test_pdf_export_runs_in_a_worker(page, qtbot, tmp_path):
    target = tmp_path / "statistik"
    with qtbot.waitSignal(page.pdf_written, timeout=30_000) as blocker:
        page.write_pdf_to(str(target))
    assert blocker.args == [str(target) + ".pdf"]
    assert (tmp_path / "statistik.pdf").read_bytes().startswith(b"%PDF")
    assert "PDF" in page.status.text()


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
    assert set(_cells(page).values()) == {"verborgen"} and len(_cells(page)) == 14
    assert sentence in page.rule_label.text()
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
    assert "Weniger als" not in page.rule_label.text()
