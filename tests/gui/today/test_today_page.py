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
