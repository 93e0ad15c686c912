"""The unlock screen (issue 18): show-passphrase toggle and the Caps-Lock hint guessed from
the letters typed (real widgets, a real locked vault)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from mfd_desktop.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.typing_helper import type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(unlocked_ctx, qtbot):
    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keyboard focus needs the active window (Xvfb, a window manager)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    unlocked_ctx.lock()
    assert window.shows_lock_screen
    return window


@pytest.fixture
def screen(window):
    return window.unlock_screen


def test_show_passphrase_toggle_and_off_after_the_next_lock(screen, unlocked_ctx, qtbot,
                                                            unlock):
    field = screen.passphrase
    type_text(qtbot, field, PASSPHRASE)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # the toggle is next in the tab order
    assert QApplication.focusWidget() in (screen.show_check, field)
    qtbot.keyClick(screen.show_check, Qt.Key.Key_Space)
    assert screen.show_check.isChecked()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert screen.show_check.text() == "Passphrase &anzeigen"
    unlocked_ctx.set_unlocked(unlock())
    unlocked_ctx.lock()
    assert not screen.show_check.isChecked()
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.text() == ""


def test_caps_lock_hint_from_the_letters_typed(screen, qtbot):
    field, hint = screen.passphrase, screen.caps_hint
    assert hint.isHidden()  # unknown until a letter is typed
    qtbot.keyClicks(field, "12")
    assert hint.isHidden()  # digits say nothing
    qtbot.keyClick(field, "K")  # upper case without Shift: Caps Lock is on
    assert not hint.isHidden()
    assert hint.text() == "Die Feststelltaste (Caps Lock) scheint aktiv zu sein."
    qtbot.keyClick(field, "a", SHIFT)  # lower case with Shift: still on
    assert not hint.isHidden()
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)  # the key flips the known state
    assert hint.isHidden()
    qtbot.keyClick(field, "M", SHIFT)  # upper case with Shift: off
    assert hint.isHidden()
    qtbot.keyClick(field, "Q")
    assert not hint.isHidden()
    qtbot.keyClick(field, "q")  # lower case without Shift: off
    assert hint.isHidden()


def test_the_hint_is_gone_after_a_lock(screen, unlocked_ctx, qtbot, unlock):
    qtbot.keyClick(screen.passphrase, "X")
    assert not screen.caps_hint.isHidden()
    unlocked_ctx.set_unlocked(unlock())
    unlocked_ctx.lock()
    assert screen.caps_hint.isHidden() and screen.caps.state is None
