"""The main pages on the demo data at 1366×768 and 1024×768: no key column cut, no
sideways scrolling on Heute, no nested scroll bars, and a window that can shrink to
1024 pixels.

A key column holds the text the counsellor reads a row by: a deadline's kind, a
document's name, a client's name. For every visible row the width its display text
needs (QFontMetrics.horizontalAdvance, the cell's font and icon included:
`column_fit.text_width`) must fit into the column's width.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView

from mfd_desktop.gui import page_registry
from mfd_desktop.gui.checklists.open_documents_view import OpenDocumentsView
from mfd_desktop.gui.column_fit import text_fits, text_width
from mfd_desktop.gui.deadlines.open_items_model import OpenItemsModel
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.gui.today.today_model import TodayTableModel
from mfd_desktop.gui.today.today_page import TodayPage

SIZES = ((1366, 768), (1024, 768))
CELL_MARGIN = 6  # the item view's text margins: a text this much narrower still shows


def _settle(qtbot, ms: int = 60) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def cut_cells(view: QTableView, columns, only=lambda _row, _column: True) -> list[str]:
    """The texts of `columns` in `view`'s visible rows that do not fit their column
    (`only(row, column)` picks the cells that hold key text)."""
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        for column in columns:
            if not only(row, column):
                continue
            index = model.index(row, column)
            need = text_width(view, index) + CELL_MARGIN
            have = view.columnWidth(column)
            if need > have and not (view.wordWrap() and text_fits(view, index)):
                cut.append(f"{view.objectName()}[{row},{column}] "
                           f"{index.data()!r}: needs {need} px, has {have}")
    return cut


@pytest.fixture
def window(demo_ctx, qtbot):
    win = MainWindow(demo_ctx, watch_session=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    today = win.findChild(TodayPage)
    qtbot.waitUntil(lambda: today.data is not None, timeout=15_000)
    return win


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_heute_key_columns_whole_and_one_scroll_area(window, qtbot, size):
    window.resize(*size)
    window.shell.show_page("today")
    page = window.findChild(TodayPage)
    qtbot.waitUntil(lambda: page.ui.todayAppointments.span is not None, timeout=15_000)
    _settle(qtbot)
    assert window.width() == size[0]
    problems = []
    shown = 0
    for name, section in page.sections.items():
        if not section.view.isVisibleTo(page):
            continue
        shown += 1
        keys = section.key_columns(name)  # when, who and the rule/document/title
        assert {TodayTableModel.DATE, TodayTableModel.NAME} <= set(keys)
        if name in ("deadlines_overdue", "deadlines_week", "checklists", "titles"):
            assert TodayTableModel.WHAT in keys
        problems += cut_cells(section.view, keys)
    assert shown >= 5, "the demo data fills most sections"
    assert problems == [], "\n".join(problems)
    # one scroll area: no table of Heute scrolls on its own, the page never sideways
    for view in page.findChildren(QAbstractScrollArea):
        if view is page.ui.scroll or not view.isVisibleTo(page):
            continue
        assert view.verticalScrollBar().isVisible() is False, view.objectName()
        assert view.horizontalScrollBar().isVisible() is False, view.objectName()
    assert not page.ui.scroll.horizontalScrollBar().isVisible()
    assert page.ui.body.width() <= page.ui.scroll.viewport().width()
    # a cut column shows all of its text in the tool tip and the detail line
    checklists = page.sections["checklists"]
    index = checklists.model.index(0, TodayTableModel.WHAT)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data() in tip and len(tip) > len(index.data())  # state and checklist
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the state icon
    checklists.view.setCurrentIndex(index)
    assert checklists.detail.isVisibleTo(page) and tip in checklists.detail.text()


def test_heute_shows_eight_rows_and_the_rest_on_request(window, qtbot):
    window.resize(1366, 768)
    page = window.findChild(TodayPage)
    section = page.sections["checklists"]
    rows = section.model.rowCount()
    assert rows > 8, "the demo data has more open checklist items than shown at first"
    visible = [r for r in range(rows) if not section.view.isRowHidden(r)]
    assert len(visible) == 8 and section.more.isVisibleTo(page)
    assert section.more.text() == f"{rows - 8} weitere…"
    section.more.click()
    assert all(not section.view.isRowHidden(r) for r in range(rows))
    assert section.more.text() == "Weniger anzeigen"
    _settle(qtbot)
    assert not section.view.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_lists_keep_their_key_columns(window, qtbot, size):
    window.resize(*size)
    deadlines = window.shell.show_page("deadlines")
    deadlines.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: deadlines.open_items.items_model.rowCount() > 0, timeout=15_000)
    _settle(qtbot)
    tab = deadlines.open_items

    def deadline_kind_or_name(row: int, column: int) -> bool:
        """A deadline's "What" is its kind (a rule); a follow-up's is free text."""
        source = tab.items_proxy.mapToSource(tab.items_proxy.index(row, 0)).row()
        return column == OpenItemsModel.NAME or tab.items_model.rows[source].kind == "deadline"

    problems = cut_cells(tab.items_view, (OpenItemsModel.WHAT, OpenItemsModel.NAME),
                         deadline_kind_or_name)
    assert not tab.items_view.horizontalScrollBar().isVisible()
    # a cut note or a left-out case number: the whole entry stands below the list
    tab.items_view.selectRow(0)
    first = tab.items_model.rows[tab.items_proxy.mapToSource(tab.items_proxy.index(0, 0)).row()]
    assert first.case_number in tab.ui.itemDetail.text()
    assert not first.note or first.note.splitlines()[0] in tab.ui.itemDetail.text()
    checklists = window.shell.show_page("checklists")
    documents = checklists.open_view
    assert isinstance(documents, OpenDocumentsView)
    qtbot.waitUntil(lambda: documents.model.rowCount() > 0, timeout=15_000)
    _settle(qtbot)
    assert documents.view.isVisible()
    problems += cut_cells(documents.view, (2, 4))  # client, document
    clients = window.shell.show_page("clients")
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=15_000)
    _settle(qtbot)
    problems += cut_cells(clients.table, (0, 1))  # case number, name
    assert not clients.table.horizontalScrollBar().isVisible()
    assert problems == [], "\n".join(problems)


def test_window_shrinks_to_1024_after_every_page(window, qtbot):
    for entry in page_registry.NAVIGATION:
        page = window.shell.show_page(entry.key)
        tabs = getattr(page, "tabs", None)
        for i in range(tabs.count() if hasattr(tabs, "count") else 0):
            tabs.setCurrentIndex(i)
            _settle(qtbot, 20)
        _settle(qtbot, 20)
        assert window.minimumSizeHint().width() <= 1024, entry.key
    window.resize(1024, 768)
    _settle(qtbot)
    assert window.width() == 1024
