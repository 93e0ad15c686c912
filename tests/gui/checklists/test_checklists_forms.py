"""The Checklisten forms: tab order as the forms declare it, accessible names, buddies,
texts following the language, the page's two tabs holding the two views."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from mfd_desktop.checklists import templates
from mfd_desktop.gui.checklists.case_tab import ChecklistsTab
from mfd_desktop.gui.checklists.checklists_page import ChecklistsPage
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.checklists.template_editor import TemplateEditorDialog
from tests.gui.conftest import switch_language

UI = Path(__file__).resolve().parents[3] / "ui"


def _tabstops(form: str) -> list[str]:
    return [t.text for t in ET.parse(UI / form).getroot().iter("tabstop")]


def test_case_tab_form(unlocked_ctx, qtbot):
    tab = ChecklistsTab(unlocked_ctx)
    qtbot.addWidget(tab)
    assert _tabstops("checklists_tab.ui") == [
        "templateCombo", "newAppointmentEdit", "assignButton", "checklistCombo",
        "deleteChecklistButton", "updateButton", "appointmentEdit", "itemTable", "handoutButton"]
    assert tab.template_combo.accessibleName() == "Checklisten-Vorlage"
    assert tab.progress.accessibleName() and tab.appointment.accessibleName()
    assert tab.assign_button.text() == "Checkliste zuweisen"
    assert tab.message.styleSheet() == "color: #a01818;"
    switch_language(unlocked_ctx, qtbot, "en")
    assert tab.template_combo.accessibleName() == "Checklist template"
    assert tab.new_appointment.placeholderText() == "Appointment (DD.MM.YYYY, optional)"
    assert tab.ui.appointmentLabel.text() == "Appointment:"


def test_page_form_holds_both_views(unlocked_ctx, qtbot):
    page = ChecklistsPage(unlocked_ctx)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    assert page.tabs.widget(0).isAncestorOf(page.open_view)
    assert page.tabs.widget(1).isAncestorOf(page.templates_view)
    assert [page.tabs.tabText(i) for i in range(2)] == ["Offene Unterlagen", "Vorlagen"]
    assert page.templates_view.buttons["remove"].text() == "Eigene Fassung entfernen"
    assert _tabstops("templates_view.ui")[0] == "templatesTable"
    switch_language(unlocked_ctx, qtbot, "en")
    assert page.templates_view.buttons["remove"].text() == "Remove own version"
    assert page.open_view.refresh_button.text() == "Refresh"


def test_dialog_forms(unlocked_ctx, qtbot):
    template = templates.load_all().get("kindergeld")
    handout = HandoutDialog(unlocked_ctx, template=template)
    editor = TemplateEditorDialog(unlocked_ctx, template)
    for dialog in (handout, editor):
        qtbot.addWidget(dialog)
    assert handout.windowTitle() == "Handout drucken"
    assert handout.ui.languageLabel.buddy() is handout.language
    assert handout.language.itemData(0) == "de" and handout.language.count() > 1
    assert handout.with_name.isHidden()  # a template's handout has no client
    assert _tabstops("handout_dialog.ui") == ["languageCombo", "withNameCheck", "buttonBox"]
    assert handout.print_button.text() == "Vorschau und Drucken…"  # no save-as path any more
    assert editor.editor.accessibleName() and editor.size().width() == 820
    assert "key = \"kindergeld\"" in editor.editor.toPlainText()
