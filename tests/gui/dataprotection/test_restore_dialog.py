"""Einstellungen › Sicherung › „Sicherung wiederherstellen…“ on real vaults and backups."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.gui.dataprotection.restore_dialog import RestoreDialog
from mfd_desktop.gui.dataprotection.settings_section import BackupSettingsSection
from mfd_desktop.storage import backup
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _wait(ctx, qtbot, condition):
    ctx.tasks.wait_for_all(20_000)
    qtbot.waitUntil(lambda: bool(condition()), timeout=20_000)


def _names(vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT name FROM clients")}


def _backup_with_one_client(ctx, tmp_path):
    clients.create_client(ctx.vault.conn, Client(name="Vorher"))
    made = backup.create_backup(ctx.vault, tmp_path / "stick.mfdbak")
    clients.create_client(ctx.vault.conn, Client(name="Nachher"))
    return made.path


def test_wrong_passphrase_says_so_and_changes_nothing(unlocked_ctx, qtbot, tmp_path):
    path = _backup_with_one_client(unlocked_ctx, tmp_path)
    dialog = RestoreDialog(unlocked_ctx, confirm=lambda info: True)
    qtbot.addWidget(dialog)
    dialog.check()
    assert "Sicherungsdatei" in dialog.ui.statusLabel.text()  # no file yet: asks for it
    dialog.set_file(path)
    dialog.ui.secretEdit.setText("falsch falsch falsch falsch")
    assert dialog.check() is not None
    assert not dialog.ui.restoreButton.isEnabled()  # one check at a time
    _wait(unlocked_ctx, qtbot, lambda: dialog.ui.restoreButton.isEnabled())
    assert "Passphrase" in dialog.ui.statusLabel.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert unlocked_ctx.is_unlocked and _names(unlocked_ctx.vault) == {"Vorher", "Nachher"}


def test_damaged_file_is_refused_before_anything_changes(unlocked_ctx, qtbot, tmp_path):
    path = _backup_with_one_client(unlocked_ctx, tmp_path)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    dialog = RestoreDialog(unlocked_ctx, confirm=lambda info: True)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    dialog.ui.secretEdit.setText(PASSPHRASE)
    dialog.check()
    _wait(unlocked_ctx, qtbot, lambda: dialog.ui.restoreButton.isEnabled())
    assert dialog.ui.statusLabel.text() and "in Ordnung" not in dialog.ui.statusLabel.text()
    assert unlocked_ctx.is_unlocked


def test_restore_from_the_settings_keeps_the_current_vault_aside(unlocked_ctx, qtbot,
                                                                   tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *args: shown.append(args[2])))
    path = _backup_with_one_client(unlocked_ctx, tmp_path)
    section = BackupSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    assert section.ui.restoreBackupButton.text() == "Sicherung wiederherstellen…"
    dialog = RestoreDialog(unlocked_ctx, section, confirm=lambda info: True)
    dialog.set_file(path)
    dialog.ui.secretEdit.setText(PASSPHRASE)
    dialog.exec = lambda: (dialog.check(), _wait(unlocked_ctx, qtbot,
                                                  lambda: dialog.result() != 0),
                           dialog.result())[2]
    assert section.open_restore(dialog) is not None
    assert not unlocked_ctx.is_unlocked  # it locked for the restore
    _wait(unlocked_ctx, qtbot, lambda: shown)
    assert "Passphrase der Sicherung" in shown[0]
    kept = list(unlocked_ctx.paths.root.glob("ersetzt-*"))
    assert len(kept) == 1 and (kept[0] / "vault.db").exists()
    vault = Vault.unlock_with_passphrase(unlocked_ctx.paths, PASSPHRASE, allow_below_floor=True)
    try:
        assert _names(vault) == {"Vorher"}  # the backup's state
    finally:
        vault.lock()
