"""Heute page with real widgets on a real vault: rows open the case, the tally counts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.domain.casework import short_contacts
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.gui.today.today_page import TodayPage

TODAY = dt.date.today()


@pytest.fixture
def filled_ctx(unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    a = create_client(conn, Client(name="Amina Beispiel",
                                   residence_title_expires=TODAY + dt.timedelta(days=20)))
    b = create_client(conn, Client(pseudonym="Stern"))
    deadlines.add_deadline(conn, a, "anhoerung", given_date=TODAY - dt.timedelta(days=3))
    deadlines.add_deadline(conn, b, "sonstiges", given_date=TODAY + dt.timedelta(days=3))
    followups.add_followup(conn, TODAY, "Rückruf Jobcenter", b)
    unlocked_ctx.ids = {"a": a, "b": b}
    return unlocked_ctx


@pytest.fixture
def page(filled_ctx, qtbot):
    widget = TodayPage(filled_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    return widget


def _rows(page, key):
    model = page.sections[key].model
    return [model.item(r) for r in range(model.rowCount())]


def test_sections_are_filled(page, filled_ctx):
    ids = filled_ctx.ids
    assert [i.client_id for i in _rows(page, "deadlines_overdue")] == [ids["a"]]
    assert [i.client_id for i in _rows(page, "deadlines_week")] == [ids["b"]]
    assert [i.text for i in _rows(page, "followups")] == ["Rückruf Jobcenter"]
    assert [i.client_id for i in _rows(page, "titles")] == [ids["a"]]
    assert page.sections["deadlines_overdue"].view.isVisibleTo(page)
    assert page.sections["drafts"].empty.isVisibleTo(page)
    overdue_index = page.sections["deadlines_overdue"].model.index(0, 0)
    assert overdue_index.data(Qt.ItemDataRole.ForegroundRole) is not None  # shown in red


def test_double_click_opens_the_case(page, filled_ctx, qtbot):
    view = page.sections["deadlines_week"].view
    rect = view.visualRect(view.model().index(0, 2))
    # A real double-click starts with a press (Qt's item views need it to accept the second).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(filled_ctx.open_case, timeout=3000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [filled_ctx.ids["b"]]


def test_enter_opens_the_case(page, filled_ctx, qtbot):
    view = page.sections["titles"].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(filled_ctx.open_case, timeout=3000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [filled_ctx.ids["a"]]


def test_mark_done_removes_the_row(page, qtbot):
    item = _rows(page, "followups")[0]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.mark_done(item)
    assert _rows(page, "followups") == []


def test_short_contact_tally_counts_and_undoes(page, filled_ctx, qtbot):
    tally = page.tally
    tally.channel_combo.setCurrentIndex(tally.channel_combo.findData("telefonisch"))
    tally.topic_combo.setCurrentIndex(tally.topic_combo.findData("wohnen"))
    assert not tally.undo_button.isEnabled()
    qtbot.mouseClick(tally.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tally.plus_button, Qt.MouseButton.LeftButton)
    conn = filled_ctx.vault.conn
    assert short_contacts.count(conn, TODAY, TODAY) == 2
    assert conn.execute("SELECT DISTINCT channel, topic FROM short_contacts").fetchall() == [
        ("telefonisch", "wohnen")]
    assert "2" in tally.count_label.text()
    qtbot.mouseClick(tally.undo_button, Qt.MouseButton.LeftButton)
    assert short_contacts.count(conn, TODAY, TODAY) == 1
    assert "1" in tally.count_label.text()
    qtbot.mouseClick(tally.undo_button, Qt.MouseButton.LeftButton)
    assert short_contacts.count(conn, TODAY, TODAY) == 0
    assert not tally.undo_button.isEnabled()


def test_lock_empties_every_section(page, filled_ctx):
    filled_ctx.lock()
    page.on_locking()
    assert all(s.model.rowCount() == 0 for s in page.sections.values())


def test_short_contact_lists_follow_the_ui_language(page, filled_ctx, qtbot):
    tally = page.tally
    tally.channel_combo.setCurrentIndex(tally.channel_combo.findData("persoenlich"))
    assert tally.channel_combo.currentText() == "persönlich"
    filled_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: tally.channel_combo.currentText() == "In person", timeout=5_000)
    assert tally.channel_combo.currentData() == "persoenlich"  # the choice is kept
    filled_ctx.translations.apply("de")
    qtbot.waitUntil(lambda: tally.channel_combo.currentText() == "persönlich", timeout=5_000)


def test_form_texts_names_and_tab_order_follow_the_language(page, filled_ctx, qtbot):
    from tests.gui.conftest import switch_language
    from tests.gui.test_forms import _tab_order

    tally = page.tally
    assert page.refresh_button.text() == "&Aktualisieren"
    assert page.refresh_button.toolTip() == "Heute neu laden (F5)"
    assert tally.title() == "Kurzkontakte (anonyme Strichliste)"
    assert tally.channel_label.buddy() is tally.channel_combo
    assert tally.topic_label.buddy() is tally.topic_combo
    german_names = [w.accessibleName() for w in (tally.channel_combo, tally.topic_combo,
                                                  tally.plus_button, tally.undo_button)]
    assert all(german_names) and german_names[2] == "Einen Kurzkontakt zählen"
    names = ["todayRefresh", "view_deadlines_overdue", "tallyChannel", "tallyTopic",
             "tallyPlus", "tallyUndo", "view_recent"]
    assert _tab_order(page.refresh_button, names) == names
    switch_language(filled_ctx, qtbot, "en")
    assert page.refresh_button.text() == "&Refresh"
    assert page.refresh_button.toolTip() == "Load Heute again (F5)"
    assert tally.title() == "Short contacts (anonymous tally)"
    assert tally.undo_button.text() == "&Undo last"
    assert tally.plus_button.accessibleName() == "Count one short contact"
    assert page.sections["recent"].view.accessibleName() == "Recent cases"
    switch_language(filled_ctx, qtbot, "de")
    assert page.refresh_button.text() == "&Aktualisieren"


def test_tally_combos_are_measured_with_their_entries(page):
    """The form builds the tally before its lists are filled; a combo box must not keep
    the minimum width it had while empty (the column would get narrower than before)."""
    for combo in (page.tally.channel_combo, page.tally.topic_combo):
        metrics = combo.fontMetrics()
        longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.count() > 1
        assert combo.minimumSizeHint().width() >= longest
