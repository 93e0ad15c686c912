"""Re-keying from the app (pytest-qt, real widgets, real vault files): "Passphrase ändern"
with "Ich vermute, dass jemand die alte Passphrase kennt", the new recovery key, and the
offer to delete the automatic backups that still open with the old secrets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.errors import VaultDamagedError, WrongSecretError
from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security import recovery_key
from mfd_desktop.storage import backup
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.drafts import load_draft, save_draft
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.typing_helper import type_text

NEW_PASSPHRASE = "Ein neuer Satz nach dem Verdacht im Büro"


def _bulk(vault: Vault, n: int = 2000) -> None:
    conn = vault.conn
    conn.execute("BEGIN")
    for i in range(n):
        conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'bulk', ?)",
                     (f"bulk:{i}", '{"text": "' + "Notiz " * 60 + '"}'))
    conn.execute("COMMIT")


def _old_key_reads_nothing(data_paths, old_slots: bytes, passphrase: str) -> None:
    slots = ks.KeySlotFile.parse(old_slots)
    old_key = ks.open_with_passphrase(slots.slot(ks.SLOT_PASSPHRASE), slots.vault_id, passphrase,
                                      allow_below_floor=True)
    with pytest.raises(VaultDamagedError):
        open_connection(data_paths.vault, old_key)


def test_suspect_checkbox_rekeys_and_offers_to_delete_automatic_backups(ctx, qtbot, make_vault,
                                                                         data_paths):
    vault, old_rkey = make_vault()
    _bulk(vault)
    save_draft(vault.conn, "note:1", "note", {"text": "halb getippt"})
    ctx.set_unlocked(vault)
    backup.run_automatic_backup(vault)  # a real automatic backup with the OLD key slots
    assert len(backup.list_backups(data_paths.backups)) == 1
    old_slots = data_paths.keyslots.read_bytes()

    dialog = ChangePassphraseDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.suspect.text().replace("&", "") == \
        "Ich vermute, dass jemand die alte Passphrase kennt"
    assert not dialog.suspect.isChecked()
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_text(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_text(qtbot, dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.suspect, Qt.MouseButton.LeftButton)
    assert dialog.suspect.isChecked()
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog._rekeying  # the work runs in a worker; the UI thread is free meanwhile
    dialog.reject()  # Escape while re-encrypting does not close the dialog
    assert not dialog._closed
    qtbot.waitUntil(lambda: bool(dialog.new_key) or bool(dialog.error.text()), timeout=60_000)
    assert dialog.error.text() == ""
    assert values and max(values) >= 80  # progress reached the bar
    assert dialog.key_view.groups() == recovery_key.groups(dialog.new_key)
    assert dialog.new_key != old_rkey

    # the plain statement about old backups, and the real deletion after a confirmation
    notice = dialog.notice
    assert notice is not None
    assert "ALTEN Passphrase" in notice.text.text() and "ALTEN Wiederherstellungsschlüssel" in \
        notice.text.text()
    assert not notice.delete_button.isHidden()
    qtbot.mouseClick(notice.delete_button, Qt.MouseButton.LeftButton)
    box = notice.confirm
    assert box is not None and box.isVisible()
    qtbot.mouseClick(notice.confirm_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gelöscht" in notice.status.text(), timeout=10_000)
    assert backup.list_backups(data_paths.backups) == []
    assert notice.delete_button.isHidden()

    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    # the app keeps working on the re-keyed vault without unlocking again
    assert load_draft(ctx.vault.conn, "note:1").content == {"text": "halb getippt"}
    new_rkey = dialog.new_key
    ctx.lock()

    with pytest.raises(WrongSecretError):
        Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_recovery_key(data_paths, old_rkey)
    _old_key_reads_nothing(data_paths, old_slots, PASSPHRASE)
    Vault.unlock_with_recovery_key(data_paths, new_rkey).lock()
    again = Vault.unlock_with_passphrase(data_paths, NEW_PASSPHRASE, allow_below_floor=True)
    try:
        assert again.conn.execute("SELECT count(*) FROM drafts WHERE form='bulk'"
                                  ).fetchone()[0] == 2000
    finally:
        again.lock()


def test_keeping_the_backups_deletes_nothing(ctx, qtbot, make_vault, data_paths):
    vault, _ = make_vault()
    ctx.set_unlocked(vault)
    backup.run_automatic_backup(vault)
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.new_key) or bool(dialog.error.text()), timeout=60_000)
    notice = dialog.notice
    qtbot.mouseClick(notice.delete_button, Qt.MouseButton.LeftButton)
    keep = [b for b in notice.confirm.buttons() if b is not notice.confirm_delete][0]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert len(backup.list_backups(data_paths.backups)) == 1
    dialog.accept()


def test_new_recovery_key_in_the_app_rekeys(ctx, qtbot, make_vault, data_paths):
    vault, old_rkey = make_vault()
    ctx.set_unlocked(vault)
    old_slots = data_paths.keyslots.read_bytes()
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.new_key), timeout=60_000)
    assert dialog.notice is not None and dialog.notice.delete_button.isHidden()  # no backups
    dialog.accept()
    ctx.lock()
    # the old key slots (as in any backup) + the old passphrase: nothing readable
    _old_key_reads_nothing(data_paths, old_slots, PASSPHRASE)
    data_paths.keyslots.write_bytes(old_slots)
    with pytest.raises(VaultDamagedError):
        Vault.unlock_with_recovery_key(data_paths, old_rkey)


def test_wrong_current_passphrase_with_the_checkbox_changes_nothing(unlocked_ctx, qtbot,
                                                                    data_paths):
    before = data_paths.keyslots.read_bytes()
    dialog = ChangePassphraseDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, "nicht die richtige")
    type_text(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_text(qtbot, dialog.fields.second, NEW_PASSPHRASE)
    dialog.suspect.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert dialog.error.text() == "Die Passphrase ist falsch."
    assert not dialog._rekeying and dialog.progress.isHidden()
    assert data_paths.keyslots.read_bytes() == before


def test_locking_while_rekeying_stops_it_and_changes_nothing(ctx, qtbot, make_vault, data_paths):
    vault, old_rkey = make_vault()
    _bulk(vault, 4000)
    ctx.set_unlocked(vault)
    before = data_paths.keyslots.read_bytes()
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        ctx.lock()
    ctx.tasks.wait_for_all(30_000)
    qtbot.wait(100)  # the worker's result comes back and is thrown away
    assert data_paths.keyslots.read_bytes() == before
    Vault.unlock_with_recovery_key(data_paths, old_rkey).lock()
