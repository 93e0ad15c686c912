"""The Fristen forms: tab order, buddies, accessible names and tool tips, and their texts
in German and English (real widgets on a real vault)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog
from mfd_desktop.gui.deadlines.deadlines_page import DeadlinesPage
from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog
from mfd_desktop.gui.deadlines.override_dialog import OverrideDialog
from mfd_desktop.gui.deadlines.structural_work_page import StructuralWorkPage
from tests.gui.conftest import switch_language


def _tab_chain(start, steps: int = 200) -> list[str]:
    """Names (or button texts) of the widgets Tab visits, from `start` (a window: from its
    beginning) once round the chain."""
    seen: list[str] = []
    widget = start
    for _ in range(steps):
        if widget.focusPolicy().value & 0x1 and widget.objectName() != "qt_spinbox_lineedit":
            seen.append(widget.objectName() or widget.text())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return seen


@pytest.fixture
def client_id(unlocked_ctx):
    return create_client(unlocked_ctx.vault.conn, Client(name="Amina Beispiel"))


def test_dialogs_start_with_ok_and_cancel_then_the_fields(unlocked_ctx, client_id, qtbot):
    """As before the forms: OK has the focus, Tab goes on to Cancel and the fields."""
    deadline_id = deadlines.add_deadline(unlocked_ctx.vault.conn, client_id, "widerspruch",
                                         start=dt.date(2026, 1, 31))
    dialogs = [DeadlineDialog(unlocked_ctx, client_id), OverrideDialog(unlocked_ctx, deadline_id),
               FollowUpDialog(unlocked_ctx)]
    try:
        for dialog in dialogs:
            dialog.show()
            qtbot.waitExposed(dialog)
        # The new deadline starts in the rule search (Enter stores: OK is the default
        # button); the other dialogs start on OK.
        assert dialogs[0].focusWidget() is dialogs[0].rule_search
        assert dialogs[0].buttons.button(QDialogButtonBox.StandardButton.Ok).isDefault()
        for dialog in dialogs[1:]:
            assert dialog.focusWidget() is dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        deadline, override, followup = (_tab_chain(d.focusWidget()) for d in dialogs)
        buttons = ["OK", "Abbrechen"]
        assert deadline == [
            "ruleSearch", "ruleCombo", "startDate", "postedCheck", "noInstructionCheck",
            "noteEdit", "overrideCheck", "overrideDate", "reasonEdit", "remindersCheck",
            ] + buttons
        assert override == buttons + ["removeCheck", "overrideDate", "reasonEdit"]
        assert followup == buttons + ["followupDate", "followupText", "caseNumberEdit"]
    finally:
        # Walking the live focus chain leaves wrappers behind: delete the dialogs before
        # the fixture's language reset at teardown reaches them.
        for dialog in dialogs:
            dialog.reject()
            dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_dialog_labels_buddies_and_names_follow_the_language(unlocked_ctx, client_id, qtbot):
    followup = FollowUpDialog(unlocked_ctx, client_id)
    qtbot.addWidget(followup)
    followup.show()
    assert not followup.case_edit.isVisible() and not followup.case_label.isVisible()
    general = FollowUpDialog(unlocked_ctx)
    qtbot.addWidget(general)
    for label, editor in ((general.date_label, general.date_edit),
                          (general.text_label, general.text_edit),
                          (general.case_label, general.case_edit)):
        assert label.buddy() is editor and editor.accessibleName()
    assert (general.windowTitle(), general.case_label.text()) == (
        "Neue Wiedervorlage", "&Fallnummer (optional):")
    deadline = DeadlineDialog(unlocked_ctx, client_id)
    qtbot.addWidget(deadline)
    assert deadline.reason_edit.accessibleName() == "Begründung für das eigene Fristende"
    switch_language(unlocked_ctx, qtbot, "en")
    assert (general.windowTitle(), general.case_label.text()) == (
        "New follow-up", "&Case number (optional):")
    assert general.text_edit.accessibleName() == "Follow-up text"
    assert deadline.reason_edit.placeholderText() == "e.g. confirmed by the lawyer"
    assert deadline.calculator.rule_combo.accessibleName() == "Deadline rule"
    switch_language(unlocked_ctx, qtbot, "de")
    assert general.windowTitle() == "Neue Wiedervorlage"
    for dialog in (followup, general, deadline):
        dialog.reject()


def test_page_tab_order_names_and_texts(unlocked_ctx, qtbot):
    page = DeadlinesPage(unlocked_ctx)
    qtbot.addWidget(page)
    chain = _tab_chain(page)
    order = ["ruleCombo", "startDate", "postedCheck", "noInstructionCheck", "calcCaseNumber",
             "saveForCase", "kindFilter", "periodFilter", "ruleFilter", "openItemsView",
             "openCaseButton", "doneButton", "overrideButton", "newFollowUpButton"]
    assert [name for name in chain if name in order] == order
    # Strukturarbeit is its own page now; its tab order and texts are checked there
    work_page = StructuralWorkPage(unlocked_ctx)
    qtbot.addWidget(work_page)
    work_order = ["activityType", "activityDate", "activityMinutes", "activityParticipants",
                  "activityNote", "activitySave", "activityDelete", "activitiesView"]
    assert [name for name in _tab_chain(work_page) if name in work_order] == work_order
    tab, work = page.open_items, work_page
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Fristenrechner", "Offene Fristen und Wiedervorlagen"]
    assert work_page.title() == "Strukturarbeit"
    assert tab.items_view.toolTip().startswith("Doppelklick oder Eingabetaste")
    for label, editor in ((tab.ui.kindLabel, tab.kind_combo), (tab.ui.ruleLabel, tab.rule_filter),
                          (work.ui.activityNoteLabel, work.activity_note),
                          (page.ui.caseLabel, page.case_edit)):
        assert label.buddy() is editor and editor.accessibleName()
    assert work.participants_spin.specialValueText() == "nicht erfasst"
    assert work.minutes_spin.maximum() == 1440 and work.minutes_spin.value() == 60
    switch_language(unlocked_ctx, qtbot, "en")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Deadline calculator", "Open deadlines and follow-ups"]
    assert work_page.title() == "Structural work"
    assert (tab.kind_combo.itemText(0), tab.done_button.text()) == (
        "Deadlines and follow-ups", "Mark as &done")
    assert (work.activity_save.text(), work.participants_spin.specialValueText()) == (
        "Add &entry", "not counted")
    assert page.save_for_case_button.text() == "&Save for this case…"
    assert [tab.items_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Due", "Kind", "Case", "Name", "What", "Note"]
    switch_language(unlocked_ctx, qtbot, "de")
    assert tab.kind_combo.itemText(0) == "Fristen und Wiedervorlagen"
    assert work.activities_model.headerData(1, Qt.Orientation.Horizontal) == "Tätigkeit"
