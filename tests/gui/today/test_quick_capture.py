"""Quick capture from Heute with the keyboard alone, counting the key actions.

A key action is a shortcut or Enter; typing a search or a text is not counted. Each
capture must need at most three: shortcut → Enter (client) → Enter / Ctrl+Enter / Ctrl+S.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mfd_desktop.domain.casework import case_numbers, consultations
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog
from mfd_desktop.gui.main_window import MainWindow
from tests.gui.typing_helper import type_text

TODAY = dt.date.today()


class Keys:
    """Sends key actions to the focused widget of the active window and counts them."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        type_text(self.qtbot, target, text)  # typing is not a key action


@pytest.fixture
def people(unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    ids = {name: create_client(conn, Client(name=name, case_number=number))
           for name, number in (("Amina Beispiel", "MZ-2025-0001"),
                                ("Nour Haddad", "MZ-2025-0002"),
                                ("Oleksandr Koval", "MZ-2025-0003"))}
    # "widerspruch" is the most used rule of this vault
    for _ in range(2):
        deadlines.add_deadline(conn, ids["Amina Beispiel"], "widerspruch", start=TODAY)
    return ids


@pytest.fixture
def window(unlocked_ctx, people, qtbot):
    win = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.shell.show_page("today")
    win.shell.nav.setFocus()  # the keyboard is in the navigation, not on the page
    return win


def _active_dialog(qtbot, cls_name: str):
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == cls_name,
                    timeout=10_000)
    return QApplication.activeModalWidget()


def _pick(qtbot, keys: Keys, search: str) -> None:
    picker = _active_dialog(qtbot, "ClientPickerDialog")
    qtbot.waitUntil(lambda: picker.picker.source.rowCount() == 3, timeout=10_000)
    assert QApplication.focusWidget() is picker.picker.search
    keys.type(search)
    assert picker.picker.proxy.rowCount() == 1
    keys.press(Qt.Key.Key_Return)


def test_deadline_in_three_key_actions_lands_on_the_right_case(window, people, qtbot,
                                                                unlocked_ctx):
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _pick(qtbot, keys, "0002")  # by case number
    dialog = _active_dialog(qtbot, "DeadlineDialog")
    assert "Nour Haddad (MZ-2025-0002)" in dialog.windowTitle()
    assert "Nour Haddad (MZ-2025-0002)" in dialog.client_label.text()
    assert dialog.calculator.rule_key() == "widerspruch"  # the most used rule first
    assert dialog.calculator.date_edit.date().toPython() == TODAY  # day 0 is today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rule_search, timeout=5000)
    keys.type("dubl")  # search a rule by part of its name
    assert dialog.calculator.rule_key().startswith("dublin")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert keys.count == 3
    stored = deadlines.list_for_client(unlocked_ctx.vault.conn, people["Nour Haddad"])
    assert [d.rule_key for d in stored] == [dialog.calculator.rule_key()]
    assert deadlines.list_for_client(unlocked_ctx.vault.conn, people["Oleksandr Koval"]) == []


def test_followup_in_three_key_actions(window, people, qtbot, unlocked_ctx):
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _pick(qtbot, keys, "koval")  # by name, any case
    dialog = _active_dialog(qtbot, "FollowUpDialog")
    assert "Oleksandr Koval" in dialog.windowTitle()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit, timeout=5000)
    keys.type("Bescheid anfordern")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert keys.count == 3
    rows = followups.list_for_client(unlocked_ctx.vault.conn, people["Oleksandr Koval"])
    assert [f.text for f in rows] == ["Bescheid anfordern"]


def test_consultation_in_three_key_actions(window, people, qtbot, unlocked_ctx):
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _pick(qtbot, keys, "amina")
    clients_page = window.shell.page("clients")
    view = clients_page.case_view
    qtbot.waitUntil(lambda: view.client_id == people["Amina Beispiel"], timeout=5000)
    assert view.tabs.currentWidget() is view.consultations
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.consultations.note,
                    timeout=5000)
    keys.type("Erstgespräch mit Dolmetscherin")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert keys.count == 3
    stored = consultations.list_consultations(unlocked_ctx.vault.conn, people["Amina Beispiel"])
    assert [k.note for k in stored] == ["Erstgespräch mit Dolmetscherin"]


def test_the_buttons_are_on_heute_and_escape_cancels(window, qtbot, unlocked_ctx):
    page = window.shell.page("today")
    assert [b.text() for b in page.quick_buttons.values()] == [
        "Frist erfassen…", "Beratung erfassen…", "Wiedervorlage…"]
    page.quick_buttons["deadline"].click()
    picker = _active_dialog(qtbot, "ClientPickerDialog")
    assert picker.windowTitle().startswith("Frist erfassen")
    qtbot.keyClick(picker.picker.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert picker.choice is None  # cancelled: no deadline dialog follows


def test_from_the_open_case_the_deadline_needs_no_picker(window, people, qtbot, unlocked_ctx):
    unlocked_ctx.open_case.emit(people["Oleksandr Koval"])
    view = window.shell.page("clients").case_view
    qtbot.waitUntil(lambda: view.client_id == people["Oleksandr Koval"], timeout=5000)
    view.tabs.setFocus()
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _active_dialog(qtbot, "DeadlineDialog")
    assert "Oleksandr Koval (MZ-2025-0003)" in dialog.client_label.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rule_search, timeout=5000)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert keys.count == 2
    stored = deadlines.list_for_client(unlocked_ctx.vault.conn, people["Oleksandr Koval"])
    assert [d.rule_key for d in stored] == ["widerspruch"]


def test_from_the_client_list_the_selected_client_is_taken(window, people, qtbot,
                                                          unlocked_ctx):
    page = window.shell.show_page("clients")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3, timeout=5000)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(1, 0))  # sorted by case number: Nour
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _active_dialog(qtbot, "FollowUpDialog")
    assert "Nour Haddad (MZ-2025-0002)" in dialog.windowTitle()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit, timeout=5000)
    keys.type("Termin Ausländerbehörde")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert keys.count == 2
    rows = followups.list_for_client(unlocked_ctx.vault.conn, people["Nour Haddad"])
    assert [f.text for f in rows] == ["Termin Ausländerbehörde"]


def test_case_number_placeholders_have_the_real_form(window, qtbot, unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    case_numbers.set_site_code(conn, "KS")
    page = window.shell.show_page("deadlines")
    page.on_unlocked()
    generated = case_numbers.next_case_number(conn)
    placeholder = page.case_edit.placeholderText()
    assert placeholder == f"z. B. KS-{TODAY.year}-0042"
    # same form as a generated number: site, year, four digits
    assert re.fullmatch(r"KS-\d{4}-\d{4}", placeholder.removeprefix("z. B. "))
    assert re.fullmatch(r"KS-\d{4}-\d{4}", generated)
    dialog = FollowUpDialog(unlocked_ctx, None, window)
    qtbot.addWidget(dialog)
    assert dialog.case_edit.placeholderText() == placeholder
