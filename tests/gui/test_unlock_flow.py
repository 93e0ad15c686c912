"""Wizard → unlock → lock → unlock with real widgets and a real SQLCipher vault."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from mfd_desktop.gui.app import AppController
from mfd_desktop.gui.first_run_wizard import PAGE_CONFIRM, PAGE_FINISH, PAGE_KEY, PAGE_SHEET
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.security import keyslots, recovery_key
from mfd_desktop.storage import connection
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files
from tests.gui.typing_helper import type_text

NEW_PASSPHRASE = "Zwiebel Kuchen Speyer Dom"


def _window(ctx, qtbot, **options) -> MainWindow:
    window = MainWindow(ctx, watch_session=False, **options)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(window: MainWindow, qtbot, passphrase: str) -> None:
    screen = window.unlock_screen
    screen.passphrase.clear()
    type_text(qtbot, screen.passphrase, passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15_000)


def test_wizard_then_lock_and_unlock(ctx, qtbot, tmp_path):
    controller = AppController(
        ctx, wizard_options={"rng": random.Random(7), "keyring_available": lambda: False},
        window_options={"watch_session": False})
    controller.start()
    wizard = controller.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    wizard.next()  # welcome → passphrase
    fields = wizard.passphrase_page.fields
    type_text(qtbot, fields.first, "zu kurz")
    assert not next_button.isEnabled()
    assert "Zu kurz" in fields.hint.text()
    fields.first.clear()
    type_text(qtbot, fields.first, PASSPHRASE)
    type_text(qtbot, fields.second, PASSPHRASE)
    assert next_button.isEnabled()

    wizard.next()  # → vault is created in a worker, then the key page shows
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_KEY, timeout=15_000)
    key = wizard.recovery_key
    assert wizard.key_page.view.groups() == recovery_key.groups(key)
    assert fields.first.text() == ""  # the passphrase is not kept in the widget

    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    confirm = wizard.confirm_page
    groups = recovery_key.groups(key)
    type_text(qtbot, confirm.fields[0], "XXXX")
    assert not next_button.isEnabled()
    confirm.fields[0].clear()
    type_text(qtbot, confirm.fields[0], groups[confirm.indices[0]].lower())
    type_text(qtbot, confirm.fields[1], groups[confirm.indices[1]])
    assert next_button.isEnabled()

    wizard.next()
    assert wizard.currentId() == PAGE_SHEET
    view = wizard.sheet_page.view
    with qtbot.waitSignal(view.preview_opened, timeout=15_000) as opened:
        view.save_button.click()
    assert view.save_button.isEnabled()
    assert opened.args[0].pdf_bytes.startswith(b"%PDF")  # printed from memory, no file
    assert not list(tmp_path.rglob("*.pdf"))
    opened.args[0].close()

    wizard.next()
    assert wizard.currentId() == PAGE_FINISH
    assert not wizard.finish_page.remember.isVisible()  # no keyring → not offered
    wizard.accept()

    window = controller.window
    qtbot.addWidget(window)
    assert ctx.is_unlocked and not window.shows_lock_screen
    assert window.windowTitle() == "MFD Desktop"
    assert window.shell.nav.item(0).text() == "Heute"

    window.lock_action.trigger()
    assert not ctx.is_unlocked and window.shows_lock_screen
    assert not window.lock_action.isEnabled()

    _unlock(window, qtbot, PASSPHRASE)
    assert ctx.is_unlocked and not window.shows_lock_screen

    # Ctrl+L locks from anywhere in the window. Shortcuts need the active window (under
    # Xvfb without a window manager, activation has to be asked for and waited for).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.shell.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=5000)
    controller.deleteLater()


def test_wrong_passphrase_message_and_no_file_changes(ctx, qtbot, make_vault, data_paths):
    make_vault()[0].lock()
    before = snapshot_files(data_paths.root)
    window = _window(ctx, qtbot)
    assert window.shows_lock_screen
    _unlock(window, qtbot, "falsche Passphrase hier")
    assert window.unlock_screen.error.text() == "Die Passphrase ist falsch."
    assert not ctx.is_unlocked
    assert snapshot_files(data_paths.root) == before
    _unlock(window, qtbot, PASSPHRASE)
    assert ctx.is_unlocked


def test_heute_loads_once_per_unlock(ctx, qtbot, make_vault, monkeypatch):
    """The window switching to the shell creates Heute (the navigation selects its first
    row when shown), which loads it; the shell's on_unlocked must not load it again."""
    from mfd_desktop.domain import today

    loads: list[int] = []
    real = today.refresh_today

    def counting(conn, *args, **kwargs):
        loads.append(1)
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(today, "refresh_today", counting)
    make_vault()[0].lock()
    window = _window(ctx, qtbot)
    for unlock_round in (1, 2):
        _unlock(window, qtbot, PASSPHRASE)
        page = window.shell.pages["today"]
        qtbot.waitUntil(lambda p=page: p.data is not None, timeout=10_000)
        ctx.tasks.wait_for_all(10_000)
        QApplication.processEvents()
        assert len(loads) == unlock_round
        assert not page._reload_pending
        ctx.lock()
        assert window.shows_lock_screen


def test_empty_passphrase_asks_for_one(ctx, qtbot, make_vault):
    make_vault()[0].lock()
    window = _window(ctx, qtbot)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlock_screen.error.text() == "Bitte geben Sie Ihre Passphrase ein."


def test_damaged_key_file_is_reported_and_left_alone(ctx, qtbot, make_vault, data_paths):
    make_vault()[0].lock()
    text = data_paths.keyslots.read_text()
    data_paths.keyslots.write_text(text[: len(text) // 2])  # cut off: not JSON any more
    before = snapshot_files(data_paths.root)
    window = _window(ctx, qtbot)
    _unlock(window, qtbot, PASSPHRASE)
    assert window.unlock_screen.error.text() == str(keyslots.DAMAGED_MESSAGE)
    assert not ctx.is_unlocked
    assert snapshot_files(data_paths.root) == before


def test_damaged_database_is_reported_and_left_alone(ctx, qtbot, make_vault, data_paths):
    make_vault()[0].lock()
    raw = bytearray(data_paths.vault.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # a page in the middle of the encrypted file
    data_paths.vault.write_bytes(bytes(raw))
    before = snapshot_files(data_paths.root)
    window = _window(ctx, qtbot)
    _unlock(window, qtbot, PASSPHRASE)
    # The page check runs after the window opened (full_check=False, then
    # verify_integrity() on a worker): the damage locks the vault again and is shown.
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() == str(connection.DAMAGED_MESSAGE),
                    timeout=15_000)
    assert not ctx.is_unlocked and window.shows_lock_screen
    # The next unlock checks every page before opening: it never unlocks.
    unlocked: list[bool] = []
    ctx.unlocked.connect(lambda: unlocked.append(True))
    _unlock(window, qtbot, PASSPHRASE)
    assert window.unlock_screen.error.text() == str(connection.DAMAGED_MESSAGE)
    assert not unlocked and not ctx.is_unlocked
    ctx.tasks.wait_for_all(10_000)
    assert snapshot_files(data_paths.root) == before


def test_recovery_key_sets_new_passphrase(ctx, qtbot, make_vault, data_paths):
    from mfd_desktop.gui.recovery_dialog import RecoveryDialog

    vault, rkey = make_vault()
    vault.lock()
    dialog = RecoveryDialog(ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    wrong = recovery_key.generate()
    type_text(qtbot, dialog.key_field, wrong)
    type_text(qtbot, dialog.passphrase.first, NEW_PASSPHRASE)
    type_text(qtbot, dialog.passphrase.second, NEW_PASSPHRASE)
    before = snapshot_files(data_paths.root)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert "Wiederherstellungsschlüssel" in dialog.error.text()
    assert snapshot_files(data_paths.root) == before
    dialog.key_field.clear()
    type_text(qtbot, dialog.key_field, rkey.lower().replace("-", " "))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=15_000)
    dialog.vault.lock()
    Vault.unlock_with_passphrase(data_paths, NEW_PASSPHRASE, allow_below_floor=True).lock()


def test_change_passphrase_needs_the_current_one(unlocked_ctx, qtbot, data_paths):
    from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    type_text(qtbot, dialog.current, "nicht die richtige")
    type_text(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_text(qtbot, dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert dialog.error.text() == "Die Passphrase ist falsch."
    dialog.current.clear()
    type_text(qtbot, dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    unlocked_ctx.lock()
    Vault.unlock_with_passphrase(data_paths, NEW_PASSPHRASE, allow_below_floor=True).lock()


def test_new_recovery_key_replaces_the_old_one(ctx, qtbot, make_vault, data_paths):
    from mfd_desktop.errors import WrongSecretError
    from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog

    vault, old_key = make_vault()
    ctx.set_unlocked(vault)
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.new_key), timeout=15_000)
    assert dialog.key_view.groups() == recovery_key.groups(dialog.new_key)
    ctx.lock()
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_recovery_key(data_paths, old_key)
    Vault.unlock_with_recovery_key(data_paths, dialog.new_key).lock()


def test_locking_closes_open_dialogs(unlocked_ctx, qtbot):
    """Any dialog still open when the vault locks is closed (it may show a client's data)."""
    from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
    from mfd_desktop.gui.printing import print_pdf
    from mfd_desktop.reports.sample_documents import bescheid_pdf

    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    dialog = ChangePassphraseDialog(unlocked_ctx, window)
    dialog.show()
    preview = print_pdf(window, bescheid_pdf(["Fall MZ-2026-0001"]), title="Fall",
                        suggested_name="fall.pdf")
    assert dialog.isVisible() and preview.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        unlocked_ctx.lock()
    assert not dialog.isVisible() and not preview.isVisible()
    assert QApplication.activeModalWidget() is None


def test_remember_on_device_with_the_real_keyring(ctx, qtbot):
    """Under scripts/test-session.sh (GNOME Keyring on a private D-Bus)."""
    from mfd_desktop.security import os_keyring

    if not os_keyring.available():
        pytest.skip("no trusted OS keyring in this session")
    controller = AppController(ctx, wizard_options={"rng": random.Random(3)},
                               window_options={"watch_session": False})
    controller.start()
    wizard = controller.wizard
    wizard.next()
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_KEY, timeout=15_000)
    groups = recovery_key.groups(wizard.recovery_key)
    wizard.next()
    for field, index in zip(wizard.confirm_page.fields, wizard.confirm_page.indices,
                            strict=True):
        field.setText(groups[index])
    wizard.next()
    wizard.next()
    assert wizard.finish_page.remember.isVisible()
    assert not wizard.finish_page.remember.isChecked()  # off by default
    wizard.finish_page.remember.setChecked(True)
    wizard.accept()
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: ctx.vault.is_remembered_on_device(), timeout=10_000)
    ctx.lock()
    screen = window.unlock_screen
    assert screen.device_button.isVisible()
    qtbot.mouseClick(screen.device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10_000)
    ctx.vault.forget_on_device()
    controller.deleteLater()
