"""The Statistik page's form (ui/statistics_page.ui): the period kinds carry their keys,
the form's texts and the models' headers follow the language, the tab order is the
form's, the small-unit notice starts hidden and the release button disabled."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from mfd_desktop.gui.statistics.statistics_page import KIND_ORDER, StatisticsPage
from tests.gui.conftest import switch_language

ROOT = Path(__file__).resolve().parents[3]


def test_form_wiring_and_language(unlocked_ctx, qtbot):
    page = StatisticsPage(unlocked_ctx)
    qtbot.addWidget(page)
    unlocked_ctx.tasks.wait_for_all(20_000)
    assert [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())] == list(
        KIND_ORDER)
    assert page.kind_combo.itemText(1) == "Halbjahr"
    assert page.period_combo.count() == 9 and page.current_period().kind == "quarter"
    assert page.tabs.tabText(0) == "Zahlen" and page.refresh_button.text() == "Aktualisieren"
    assert page.exact_check.toolTip() and not page.exact_check.isChecked()
    assert page.small_unit_notice.isHidden() and not page.release_button.isEnabled()
    assert page.counts_model.headerData(0, Qt.Orientation.Horizontal) == "Kategorie"
    german_period = page.period_combo.itemText(0)
    switch_language(unlocked_ctx, qtbot, "en")
    assert page.kind_combo.itemText(1) == "Half-year" and page.kind_combo.itemData(1) == (
        "half_year")
    assert page.tabs.tabText(2) == "Outbox" and page.pdf_button.text() == "Save PDF…"
    assert page.counts_model.headerData(0, Qt.Orientation.Horizontal) == "Category"
    assert page.outbox_model.headerData(0, Qt.Orientation.Horizontal) == "Period"
    assert page.payload_model.headerData(0, Qt.Orientation.Horizontal) == "Measure"
    assert page.period_combo.itemText(0) != german_period
    switch_language(unlocked_ctx, qtbot, "de")
    assert page.tabs.tabText(1) == "Vorschau der Übermittlung"


def test_tab_order_is_the_forms(unlocked_ctx, qtbot):
    from PySide6.QtWidgets import QWidget

    from tests.gui.case.test_case_forms import _tab_order

    page = StatisticsPage(unlocked_ctx)
    qtbot.addWidget(page)
    unlocked_ctx.tasks.wait_for_all(20_000)
    form = ET.parse(ROOT / "ui" / "statistics_page.ui").getroot()
    order = [t.text for t in form.iter("tabstop")]
    assert order[:4] == ["kindCombo", "periodCombo", "refreshButton", "pdfButton"]
    assert {w.get("name") for w in form.iter("widget")} >= set(order)
    # Walk only the top bar: wrappers of a table's inner widgets (made by walking past
    # it) outlive the page and trip later tests.
    top = order[:4]
    assert _tab_order(page.findChild(QWidget, top[0]), top) == top
