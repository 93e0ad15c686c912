"""Language switch, policy-locked settings, auto-lock with an injected clock, clipboard."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui.auto_lock import AutoLock
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.gui.secure_clipboard import SecureClipboard
from mfd_desktop.gui.session_watch import SessionWatch
from mfd_desktop.gui.settings.settings_panel import SettingsPanel


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_switch_to_english_and_back(unlocked_ctx, qtbot, data_paths):
    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    assert window.shell.nav.item(1).text() == "Klient*innen"
    assert window.lock_action.text() == "&Sperren"
    window.open_settings()  # Datei › Einstellungen…: the one settings page
    page = window.shell.pages["settings"]
    assert window.shell.current_key() == "settings" and page.panel is not None
    assert page.panel.tabText(0) == "Allgemein"
    page.panel.language.setCurrentIndex(page.panel.language.findData("en"))
    page.save()
    QApplication.processEvents()
    assert json.loads(data_paths.preferences.read_text())["language"] == "en"
    assert window.shell.nav.item(1).text() == "Clients"
    assert window.shell.heading.text() == "Settings"  # the page shown, now in English
    assert window.lock_action.text() == "&Lock"
    assert window.unlock_screen.unlock_button.text() == "&Unlock"
    unlocked_ctx.translations.apply("de")
    QApplication.processEvents()
    assert window.shell.nav.item(1).text() == "Klient*innen"


def test_policy_locked_setting_is_greyed_and_kept(qapp, qtbot, data_paths, make_vault):
    ctx = AppContext(data_paths, locked_values={"auto_lock_minutes": 10,
                                                "remember_on_device_allowed": False})
    ctx.translations.apply("de")
    vault, _ = make_vault()
    ctx.set_unlocked(vault)
    try:
        panel = SettingsPanel(ctx, keyring_available=lambda: True)
        qtbot.addWidget(panel)
        panel.show()
        row = panel.rows[settings_mod.AUTO_LOCK_MINUTES.key]
        assert not panel.auto_lock.isEnabled()
        assert row.note.isVisible() and row.note.text() == "vom Administrator festgelegt"
        assert panel.auto_lock.value() == 10
        assert panel.language.isEnabled()
        assert not panel.remember_row.note.isHidden()
        assert not panel.remember.isEnabled()
        panel.clipboard.setValue(45)
        panel.apply()
        assert ctx.settings.get(settings_mod.AUTO_LOCK_MINUTES.key) == 10
        assert ctx.settings.get(settings_mod.CLIPBOARD_CLEAR_SECONDS.key) == 45
    finally:
        ctx.lock()
        ctx.translations.remove()


def test_unlocked_panel_shows_no_policy_notes(unlocked_ctx, qtbot):
    panel = SettingsPanel(unlocked_ctx, keyring_available=lambda: False)
    qtbot.addWidget(panel)
    panel.show()
    assert all(not row.note.isVisible() for row in panel.rows.values())
    assert panel.auto_lock.isEnabled()
    assert not panel.remember.isEnabled()  # no keyring here
    assert "SQLCipher" in panel.info.text()


def test_auto_lock_after_inactivity_with_injected_clock(unlocked_ctx, qtbot):
    clock = FakeClock()
    auto = AutoLock(unlocked_ctx.settings, clock=clock, check_interval_ms=60_000)
    window = MainWindow(unlocked_ctx, watch_session=False, auto_lock=auto)
    qtbot.addWidget(window)
    window.show()
    assert auto.is_armed
    clock.now += 4 * 60
    auto.check()
    assert unlocked_ctx.is_unlocked
    qtbot.keyClick(window.shell.nav, Qt.Key.Key_Down)  # activity resets the idle time
    clock.now += 4 * 60
    auto.check()
    assert unlocked_ctx.is_unlocked
    clock.now += 61
    auto.check()
    assert not unlocked_ctx.is_unlocked
    assert window.shows_lock_screen
    assert not auto.is_armed


def test_auto_lock_follows_the_setting(unlocked_ctx, qtbot):
    unlocked_ctx.settings.set(settings_mod.AUTO_LOCK_MINUTES.key, 1)
    clock = FakeClock()
    auto = AutoLock(unlocked_ctx.settings, clock=clock)
    auto.lock_requested.connect(unlocked_ctx.lock)
    auto.arm()
    clock.now += 59
    auto.check()
    assert unlocked_ctx.is_unlocked
    clock.now += 1
    auto.check()
    assert not unlocked_ctx.is_unlocked


def test_draft_in_an_open_form_survives_auto_lock(unlocked_ctx, qtbot, unlock):
    from mfd_desktop.gui.draft_keeper import DraftKeeper
    from tests.gui.typing_helper import type_text

    clock = FakeClock()
    auto = AutoLock(unlocked_ctx.settings, clock=clock)
    window = MainWindow(unlocked_ctx, watch_session=False, auto_lock=auto)
    qtbot.addWidget(window)
    window.show()
    field = QLineEdit(window.shell)
    DraftKeeper(unlocked_ctx, "test:form", "test", {"text": field}, parent=field)
    type_text(qtbot, field, "Widerspruch gegen Bescheid vorbereiten – Frist prüfen")
    clock.now += 10 * 60
    auto.check()
    assert window.shows_lock_screen and field.text() == ""
    unlocked_ctx.set_unlocked(unlock())
    assert field.text() == "Widerspruch gegen Bescheid vorbereiten – Frist prüfen"


def test_clipboard_is_cleared_if_it_still_holds_our_text(unlocked_ctx, qtbot):
    board = QGuiApplication.clipboard()
    secure = SecureClipboard(unlocked_ctx.settings, clear_after_ms=50)
    secure.copy("Aktenzeichen 123-Geheim")
    assert board.text() == "Aktenzeichen 123-Geheim"
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: board.text() == "", timeout=5000)


def test_clipboard_keeps_what_the_user_copied_later(unlocked_ctx, qtbot):
    board = QGuiApplication.clipboard()
    secure = SecureClipboard(unlocked_ctx.settings, clear_after_ms=50)
    secure.copy("vertraulich")
    board.setText("Einkaufsliste")
    qtbot.wait(200)
    assert board.text() == "Einkaufsliste"


def test_clipboard_default_interval_comes_from_settings(unlocked_ctx):
    secure = SecureClipboard(unlocked_ctx.settings)
    assert secure.clear_after_ms() == 30_000
    unlocked_ctx.settings.set(settings_mod.CLIPBOARD_CLEAR_SECONDS.key, 10)
    assert secure.clear_after_ms() == 10_000


def test_locking_takes_our_text_off_the_clipboard(unlocked_ctx):
    unlocked_ctx.clipboard.copy("Name der Klientin")
    unlocked_ctx.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_session_lock_signal_locks(unlocked_ctx, qtbot):
    watch = SessionWatch(use_dbus=False)
    watch.lock_requested.connect(unlocked_ctx.lock)
    watch._on_active_changed(False)
    assert unlocked_ctx.is_unlocked
    watch._on_prepare_for_sleep(True)
    assert not unlocked_ctx.is_unlocked


def test_screen_saver_signal_on_the_session_bus_locks(unlocked_ctx, qtbot):
    """Under scripts/test-session.sh there is a private session bus to send it on."""
    import pytest
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus")
    watch = SessionWatch()
    watch.lock_requested.connect(unlocked_ctx.lock)
    signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver",
                                       "org.freedesktop.ScreenSaver", "ActiveChanged")
    signal.setArguments([True])
    assert bus.send(signal)
    qtbot.waitUntil(lambda: not unlocked_ctx.is_unlocked, timeout=5000)


def test_remember_toggle_in_settings_uses_the_real_keyring(unlocked_ctx, qtbot):
    import pytest

    from mfd_desktop.security import os_keyring

    if not os_keyring.available():
        pytest.skip("no trusted OS keyring in this session")
    panel = SettingsPanel(unlocked_ctx)
    qtbot.addWidget(panel)
    assert panel.remember.isEnabled() and not panel.remember.isChecked()
    panel.remember.setChecked(True)
    panel.apply()
    qtbot.waitUntil(lambda: unlocked_ctx.vault.is_remembered_on_device(), timeout=10_000)
    panel.remember.setChecked(False)
    panel.apply()
    qtbot.waitUntil(lambda: not unlocked_ctx.vault.is_remembered_on_device(), timeout=10_000)


def test_open_case_from_another_page_shows_the_case_on_first_visit(unlocked_ctx, qtbot):
    from mfd_desktop.domain.casework import clients

    client_id = clients.create_client(unlocked_ctx.vault.conn, clients.Client(name="Lina Haddad"))
    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    assert "clients" not in window.shell.pages  # never visited: the page does not exist yet
    unlocked_ctx.open_case.emit(client_id)
    page = window.shell.pages["clients"]
    assert window.shell.current_key() == "clients"
    assert page.stack.currentIndex() == page.CASE
    assert page.case_view.client_id == client_id


def test_status_bar_reminds_of_a_missing_backup_and_forgets_it_at_lock(unlocked_ctx, qtbot):
    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    window.show_backup_reminder()
    assert "Sicherung" in window.statusBar().currentMessage()
    window.lock()
    assert window.statusBar().currentMessage() == ""


def test_each_page_loads_once_per_unlock(unlocked_ctx, qtbot, monkeypatch):
    from mfd_desktop.gui.today.today_page import TodayPage

    loads: list[str] = []
    monkeypatch.setattr(TodayPage, "refresh", lambda self: loads.append("today"))
    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    assert loads == ["today"]  # built while unlocked: one load, not a second on show
    window.shell.show_page("clients")
    window.shell.show_page("today")
    assert loads == ["today", "today"]  # coming back refreshes
