"""Checklists in the English app: titles and document labels from the snapshot in English
(German where it has none), following a language switch both ways; German unchanged."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists.template_schema import Template, TemplateItem, Text
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.gui.checklists.case_tab import ChecklistsTab
from mfd_desktop.gui.checklists.checklists_page import ChecklistsPage
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.today.today_page import TodayPage

TODAY = dt.date.today()

# An administrator's template without English texts (only the first label has one).
HALF = Template(key="halb", version=1, title=Text("Halb-Antrag"), office=Text("Jobcenter"),
                items=(TemplateItem("pass", Text("Pass", "Passport")),
                       TemplateItem("foto", Text("Foto"), condition=Text("falls verlangt"))))


@pytest.fixture
def client_ctx(unlocked_ctx):
    unlocked_ctx.client_id = create_client(unlocked_ctx.vault.conn,
                                           Client(name="Nour Beispiel"))
    yield unlocked_ctx
    unlocked_ctx.translations.apply("de")


def _switch(ctx, qtbot, language: str, widget, check) -> None:
    ctx.translations.apply(language)
    qtbot.waitUntil(check, timeout=5000)  # LanguageChange arrives as a posted event


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def tab(client_ctx, qtbot):
    widget = ChecklistsTab(client_ctx)
    qtbot.addWidget(widget)
    widget.load(client_ctx.client_id)
    widget.template_combo.setCurrentIndex(widget.template_combo.findData("kindergeld"))
    qtbot.mouseClick(widget.assign_button, Qt.MouseButton.LeftButton)
    widget.resize(1100, 520)
    widget.show()
    return widget


def test_case_tab_follows_the_language_both_ways(tab, qtbot, client_ctx):
    kindergeld = tab.current_checklist_id()
    german = _column(tab.model, 0)
    assert german[0] == "Antragsformular, unterschrieben"
    assert tab.checklist_combo.currentText() == "Kindergeld (v1)"
    assert tab.template_combo.currentText() == "Kindergeld"
    tab.view.selectRow(2)

    _switch(client_ctx, qtbot, "en", tab, lambda: tab.assign_button.text() == "Assign checklist")
    documents = _column(tab.model, 0)
    assert documents[0] == "Application form, signed"
    assert "Birth certificate" in documents
    assert any("(if the child is 18 or older)" in d for d in documents)
    assert not any("Geburtsurkunde" in d for d in documents)
    assert tab.checklist_combo.currentText() == "Child benefit (v1)"
    assert tab.current_checklist_id() == kindergeld  # the selection stays
    assert tab.template_combo.currentData() == "kindergeld"
    assert tab.template_combo.currentText() == "Child benefit"
    assert tab.view.currentIndex().row() == 2
    assert "Family benefits office" in tab.info.text()
    assert tab.model.index(0, 1).data() == "missing"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Document"
    if os.environ.get("MFD_SCREENSHOT_DIR"):
        qtbot.wait(50)
        tab.grab().save(os.path.join(os.environ["MFD_SCREENSHOT_DIR"],
                                     "checklist_tab_en.png"))

    # A checklist whose snapshot has no English shows its German texts.
    half = cc.assign(client_ctx.vault.conn, client_ctx.client_id, HALF)
    tab.reload(half)
    assert tab.checklist_combo.currentText() == "Halb-Antrag (v1)"
    assert _column(tab.model, 0) == ["Passport", "Foto (falls verlangt)"]
    assert "Jobcenter" in tab.info.text()

    _switch(client_ctx, qtbot, "de", tab, lambda: tab.assign_button.text() ==
            "Checkliste zuweisen")
    assert _column(tab.model, 0) == ["Pass", "Foto (falls verlangt)"]
    tab.checklist_combo.setCurrentIndex(tab.checklist_combo.findData(kindergeld))
    assert _column(tab.model, 0) == german  # German exactly as before
    assert tab.checklist_combo.currentText() == "Kindergeld (v1)"
    assert tab.template_combo.currentText() == "Kindergeld"


def test_a_tab_built_in_the_english_app(client_ctx, qtbot):
    cc.assign(client_ctx.vault.conn, client_ctx.client_id, HALF)
    client_ctx.translations.apply("en")
    widget = ChecklistsTab(client_ctx)
    qtbot.addWidget(widget)
    widget.load(client_ctx.client_id)
    assert widget.title() == "Checklists"
    assert _column(widget.model, 0) == ["Passport", "Foto (falls verlangt)"]
    titles = [widget.template_combo.itemText(i) for i in range(widget.template_combo.count())]
    assert "Child benefit" in titles and "Kindergeld" not in titles
    assert titles == sorted(titles, key=str.casefold)


def test_open_documents_follow_the_language(tab, qtbot, client_ctx):
    cc.assign(client_ctx.vault.conn, client_ctx.client_id, HALF, "01.03.2030")
    page = ChecklistsPage(client_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.open_view.loaded, timeout=10_000):
        page.on_shown()
    proxy = page.open_view.proxy
    german = sorted(zip(_column(proxy, 3), _column(proxy, 4), strict=True))
    assert ("Kindergeld", "Geburtsurkunde") in german and ("Halb-Antrag", "Foto") in german
    page.open_view.view.selectRow(1)
    chosen = proxy.index(1, 1).data()

    _switch(client_ctx, qtbot, "en", page, lambda: page.tabs.tabText(0) == "Open documents")
    english = sorted(zip(_column(proxy, 3), _column(proxy, 4), strict=True))
    assert ("Child benefit", "Birth certificate") in english
    assert ("Halb-Antrag", "Passport") in english and ("Halb-Antrag", "Foto") in english
    assert not any(title == "Kindergeld" for title, _label in english)
    assert set(_column(proxy, 5)) == {"missing"}
    assert "open documents" in page.open_view.summary.text()
    assert page.open_view.view.currentIndex().row() == 1
    assert proxy.index(1, 1).data() == chosen
    # The templates tab too: English titles and offices, German where there are none.
    templates = page.templates_view.model
    titles = [templates.item(r, page.templates_view.TITLE).text()
              for r in range(templates.rowCount())]
    assert "Child benefit" in titles and "Kindergeld" not in titles

    _switch(client_ctx, qtbot, "de", page, lambda: page.tabs.tabText(0) == "Offene Unterlagen")
    assert sorted(zip(_column(proxy, 3), _column(proxy, 4), strict=True)) == german
    assert "Kindergeld" in [templates.item(r, page.templates_view.TITLE).text()
                           for r in range(templates.rowCount())]


def test_heute_checklist_section_in_english(tab, qtbot, client_ctx):
    assert tab.model.setData(tab.model.index(2, 2), TODAY.strftime("%d.%m.%Y"))
    client_ctx.translations.apply("en")
    page = TodayPage(client_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    model = page.sections["checklists"].model
    # "What" shows the document; the whole line (state, checklist) is the row's full text
    # (tool tip and detail line), the state also an icon
    texts = [model.data(model.index(r, model.WHAT)) for r in range(model.rowCount())]
    assert texts == ["Birth certificate"]
    texts = [model.full_text(r) for r in range(model.rowCount())]
    assert texts == ["Birth certificate – missing (Child benefit)"]

    def section_text():
        return model.full_text(0) if model.rowCount() else ""

    # A loaded Heute page reloads its rows when the language switches, both ways.
    client_ctx.translations.apply("de")
    qtbot.waitUntil(lambda: section_text() == "Geburtsurkunde – fehlt (Kindergeld)",
                    timeout=10_000)
    client_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: section_text() == texts[0], timeout=10_000)


def test_handout_language_names_follow_the_ui(tab, qtbot, client_ctx):
    german = tab.open_handout_dialog()
    names = [german.language.itemText(i) for i in range(1, 7)]
    german.reject()
    assert names[:2] == ["Englisch (en)", "Arabisch (ar)"]
    client_ctx.translations.apply("en")
    dialog = HandoutDialog(client_ctx, checklist_id=tab.current_checklist_id(), parent=tab)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    dialog.reject()
    assert names == ["German only", "English (en)", "Arabic (ar)", "Farsi/Persian (fa)",
                     "Ukrainian (uk)", "Russian (ru)", "Turkish (tr)"]
