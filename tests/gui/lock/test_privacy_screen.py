"""The lock that fits a consultation (issue 18): the warning before the auto-lock and the
privacy screen (F12), on a real vault with real widgets and an injected clock."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from mfd_desktop.errors import UserError
from mfd_desktop.gui.auto_lock import WARNING_SECONDS, AutoLock
from mfd_desktop.gui.lock.privacy_screen import MAX_TRIES
from mfd_desktop.gui.lock.settings_section import PrivacySettingsSection
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.storage import privacy_pin
from tests.conftest import PASSPHRASE
from tests.gui.typing_helper import type_text

PIN = "4711"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(unlocked_ctx, qtbot, clock):
    auto = AutoLock(unlocked_ctx.settings, clock=clock, check_interval_ms=3_600_000)
    win = MainWindow(unlocked_ctx, watch_session=False, auto_lock=auto)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.shell.show_page("today")
    win.shell.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.shell.nav, timeout=5000)
    return win


def _timeout(ctx) -> float:
    return ctx.settings.get("auto_lock_minutes") * 60.0


def _hide(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.privacy.is_engaged, timeout=5000)
    overlay = window.privacy.input_overlay
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overlay.secret, timeout=5000)
    return overlay


def _enter(qtbot, overlay, text: str) -> None:
    type_text(qtbot, overlay.secret, text)
    qtbot.keyClick(overlay.secret, Qt.Key.Key_Return)


# ----- the warning ------------------------------------------------------------------------

def test_warning_30_seconds_before_and_one_key_keeps_unlocked(window, unlocked_ctx, clock,
                                                              qtbot):
    auto, bar = window.auto_lock, window.idle_warning
    clock.now += _timeout(unlocked_ctx) - WARNING_SECONDS - 1
    auto.check()
    assert bar.isHidden()
    clock.now += 1
    auto.check()
    assert bar.isVisible()
    assert "30 Sekunden" in bar.message.text()
    clock.now += 12
    auto.check()
    assert "18 Sekunden" in bar.message.text()  # it counts down
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)  # one key, any key
    assert bar.isHidden()
    clock.now += _timeout(unlocked_ctx) - 1
    auto.check()
    assert unlocked_ctx.is_unlocked  # the idle time started again at the key


def test_without_input_the_warning_ends_in_the_lock(window, unlocked_ctx, clock):
    clock.now += _timeout(unlocked_ctx) - 10
    window.auto_lock.check()
    assert window.idle_warning.isVisible()
    clock.now += 10
    window.auto_lock.check()
    assert not unlocked_ctx.is_unlocked and window.shows_lock_screen
    assert window.idle_warning.isHidden()


def test_the_stay_button_keeps_unlocked(window, unlocked_ctx, clock, qtbot):
    clock.now += _timeout(unlocked_ctx) - 5
    window.auto_lock.check()
    window.idle_warning.stay_button.click()
    assert window.idle_warning.isHidden()
    clock.now += 10
    window.auto_lock.check()
    assert unlocked_ctx.is_unlocked


# ----- the privacy screen -----------------------------------------------------------------

def test_f12_hides_everything_and_the_pin_lifts_it(window, unlocked_ctx, qtbot):
    privacy_pin.set_pin(unlocked_ctx.vault.conn, PIN)
    overlay = _hide(qtbot, window)
    assert overlay.parentWidget() is window
    assert overlay.geometry() == window.rect()  # menus, tool bar and page covered
    assert unlocked_ctx.is_unlocked  # the vault stays open
    # nothing behind the cover takes keys or shortcuts
    qtbot.keyClick(overlay.secret, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.activeModalWidget() is None
    qtbot.keyClick(overlay.secret, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (overlay.secret, overlay.lift_button)
    overlay.secret.setFocus()
    qtbot.keyClick(overlay.secret, "P")  # an upper-case letter without Shift
    assert not overlay.caps_hint.isHidden()
    overlay.secret.clear()
    _enter(qtbot, overlay, PIN)
    qtbot.waitUntil(lambda: not window.privacy.is_engaged, timeout=10_000)
    assert unlocked_ctx.is_unlocked
    assert not any(w.isVisible() for w in window.findChildren(type(overlay)))


def test_the_passphrase_lifts_it_too(window, unlocked_ctx, qtbot):
    overlay = _hide(qtbot, window)  # no PIN set
    _enter(qtbot, overlay, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.privacy.is_engaged, timeout=20_000)
    assert unlocked_ctx.is_unlocked


def test_three_wrong_tries_lock_fully(window, unlocked_ctx, qtbot):
    privacy_pin.set_pin(unlocked_ctx.vault.conn, PIN)
    overlay = _hide(qtbot, window)
    for attempt in range(1, MAX_TRIES):
        _enter(qtbot, overlay, "0000")
        qtbot.waitUntil(lambda n=attempt: window.privacy.tries == n, timeout=10_000)
        assert window.privacy.is_engaged and unlocked_ctx.is_unlocked
        assert f"Noch {MAX_TRIES - attempt} Versuch" in overlay.error.text()
    _enter(qtbot, overlay, "Falsche Passphrase")  # a wrong passphrase counts as well
    qtbot.waitUntil(lambda: not unlocked_ctx.is_unlocked, timeout=20_000)
    assert window.shows_lock_screen and not window.privacy.is_engaged


def test_the_auto_lock_runs_on_under_the_screen(window, unlocked_ctx, clock, qtbot):
    privacy_pin.set_pin(unlocked_ctx.vault.conn, PIN)
    clock.now += 200  # idle before F12 ...
    overlay = _hide(qtbot, window)
    clock.now += _timeout(unlocked_ctx) - 20  # ... F12 was input: the time runs from here
    window.auto_lock.check()
    assert unlocked_ctx.is_unlocked
    assert "20 Sekunden" in overlay.countdown.text()
    type_text(qtbot, overlay.secret, "12")  # typing under the screen does not reset it
    qtbot.mouseMove(overlay)
    clock.now += 20
    window.auto_lock.check()
    assert not unlocked_ctx.is_unlocked
    assert window.shows_lock_screen and not window.privacy.is_engaged


def test_an_open_dialog_is_covered_and_takes_the_pin(window, unlocked_ctx, qtbot):
    privacy_pin.set_pin(unlocked_ctx.vault.conn, PIN)
    dialog = QDialog(window)
    dialog.setWindowTitle("Neue Frist – Nour Haddad (MZ-2025-0002)")
    field = QLineEdit("Nour Haddad", dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.resize(420, 300)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)
    overlay = _hide(qtbot, window)
    assert overlay.parentWidget() is dialog  # the keyboard can only reach the dialog
    covers = {o.parentWidget() for o in window.privacy.overlays}
    assert covers >= {window, dialog}
    assert dialog.windowTitle() == "Sichtschutz"  # no name in the title or task bar
    _enter(qtbot, overlay, PIN)
    qtbot.waitUntil(lambda: not window.privacy.is_engaged, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Neue Frist – Nour Haddad (MZ-2025-0002)"
    assert window.windowTitle() == "MFD Desktop"
    dialog.reject()


# ----- the PIN ----------------------------------------------------------------------------

def test_pin_is_kept_only_as_a_hash_in_the_vault(unlocked_ctx, qtbot):
    section = PrivacySettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    section.pin.setText("135790")
    section.repeat.setText("135791")
    with pytest.raises(UserError):
        section.apply()
    section.repeat.setText("135790")
    section.apply()
    conn = unlocked_ctx.vault.conn
    raw = conn.execute("SELECT value_json FROM settings WHERE key = 'privacy_pin'").fetchone()[0]
    assert "135790" not in raw
    record = json.loads(raw)
    assert record["kdf"] == "scrypt" and len(bytes.fromhex(record["salt"])) == 16
    assert privacy_pin.check_pin(conn, "135790")
    assert not privacy_pin.check_pin(conn, "135791")
    assert section.state.text() == "Eine PIN ist festgelegt."
    section.remove.setChecked(True)
    section.apply()
    assert not privacy_pin.has_pin(conn)
    assert not privacy_pin.check_pin(conn, "135790")


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=12))
def test_only_4_to_8_digits_make_a_pin(text):
    digits = text.strip()
    ok = 4 <= len(digits) <= 8 and all(ch in "0123456789" for ch in digits)
    try:
        privacy_pin.validate(text)
    except UserError:
        assert not ok
    else:
        assert ok


def test_ctrl_l_still_locks_fully_under_the_screen(window, unlocked_ctx, qtbot):
    overlay = _hide(qtbot, window)
    qtbot.keyClick(overlay.secret, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not unlocked_ctx.is_unlocked, timeout=5000)
    assert window.shows_lock_screen and not window.privacy.is_engaged


def test_f12_does_nothing_while_locked(window, unlocked_ctx, qtbot):
    unlocked_ctx.lock()
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_F12)
    assert not window.privacy.is_engaged
