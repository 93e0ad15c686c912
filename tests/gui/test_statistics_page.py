"""The Statistik view on a real vault: figures with "< 5", provisional periods, the preview
is exactly the payload, Freigeben stores exactly it, PDF export in a worker."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfd_desktop.gui.stats.statistics_page import StatisticsPage
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
