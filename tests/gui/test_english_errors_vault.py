"""The English app shows the vault's and sync's errors in English (real widgets, a real
SQLCipher vault): the unlock screen with a wrong passphrase and with a damaged key file,
the sync settings tab with an unreachable server. Back in German, German again."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.gui.sync.service import set_service
from mfd_desktop.gui.sync.settings_section import SyncSettingsSection
from mfd_desktop.security import keyslots
from tests.conftest import PASSPHRASE
from tests.gui.conftest import switch_language
from tests.gui.typing_helper import type_text
from tests.sync.conftest import make_service


@pytest.fixture
def english(ctx, qtbot):
    switch_language(ctx, qtbot, "en")
    yield ctx
    ctx.translations.apply("de")


def _window(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(window: MainWindow, qtbot, passphrase: str) -> None:
    screen = window.unlock_screen
    screen.passphrase.clear()
    type_text(qtbot, screen.passphrase, passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15_000)


def test_unlock_screen_wrong_passphrase_in_english(english, qtbot, make_vault):
    make_vault()[0].lock()
    window = _window(english, qtbot)
    assert window.unlock_screen.unlock_button.text() == "&Unlock"
    _unlock(window, qtbot, "not the passphrase at all")
    assert window.unlock_screen.error.text() == "The passphrase is wrong."
    assert not english.is_unlocked


def test_unlock_screen_damaged_key_file_in_english_then_german(english, qtbot, make_vault,
                                                               data_paths):
    make_vault()[0].lock()
    text = data_paths.keyslots.read_text()
    data_paths.keyslots.write_text(text[: len(text) // 2])  # cut off: not JSON any more
    window = _window(english, qtbot)
    _unlock(window, qtbot, PASSPHRASE)
    assert window.unlock_screen.error.text() == keyslots.DAMAGED_MESSAGE.render("en")
    assert window.unlock_screen.error.text().startswith("The key file (keyslots.json) is damaged.")
    assert not english.is_unlocked

    english.translations.apply("de")
    _unlock(window, qtbot, PASSPHRASE)
    assert window.unlock_screen.error.text() == str(keyslots.DAMAGED_MESSAGE)
    assert window.unlock_screen.error.text().startswith("Die Schlüsseldatei (keyslots.json) ist")


def test_sync_tab_unreachable_server_in_english(english, qtbot, make_vault):
    vault, _rkey = make_vault()
    english.set_unlocked(vault)
    set_service(english, make_service(vault))
    section = SyncSettingsSection(english)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.status is not None, timeout=10_000)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    section.url_edit.setText(f"http://127.0.0.1:{port}")
    section.code_edit.setText("ABCD-EFGH-JKLM-NPQR")
    qtbot.mouseClick(section.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.enrol_button.isEnabled()
                    and "Enrolling" not in section.enrol_message.text(), timeout=15_000)
    assert section.enrol_message.text() == "The server cannot be reached (no connection)."

    section.url_edit.setText("http://statistik.example.org")
    qtbot.mouseClick(section.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.enrol_button.isEnabled()
                    and "Enrolling" not in section.enrol_message.text(), timeout=15_000)
    assert section.enrol_message.text().startswith(
        "Unencrypted connections (http://) are only allowed to this computer.")
