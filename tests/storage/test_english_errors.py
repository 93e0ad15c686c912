"""The storage's errors rendered in English (as the English app shows them); str(exc)
(logs, CLI) stays German."""

from __future__ import annotations

import errno

import pytest

from mfd_desktop import settings
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.dataprotection import case_transfer, data_subject_rights
from mfd_desktop.errors import (
    UserError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from mfd_desktop.messages import text_of
from mfd_desktop.storage import audit, backup, faults
from mfd_desktop.storage.instance_lock import InstanceLock, VaultInUseError
from mfd_desktop.storage.profiles import ProfileStore
from mfd_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF


def test_a_wrong_passphrase_is_explained_in_english(vault, data_paths):
    vault.lock()
    with pytest.raises(WrongSecretError) as info:
        Vault.unlock_with_passphrase(data_paths, "not the passphrase at all",
                                     allow_below_floor=True)
    assert info.value.render("en") == "The passphrase is wrong."
    assert str(info.value) == "Die Passphrase ist falsch."  # logs and the command line


def test_a_malformed_recovery_key_is_explained_in_english(vault, data_paths):
    vault.lock()
    with pytest.raises(WrongSecretError) as info:
        Vault.unlock_with_recovery_key(data_paths, "1234")
    assert info.value.render("en") == "This is not a valid recovery key (32 characters in 8 groups)."


def test_german_stays_the_default(vault, data_paths):
    vault.lock()
    with pytest.raises(WrongSecretError) as info:
        Vault.unlock_with_passphrase(data_paths, "not the passphrase at all",
                                     allow_below_floor=True)
    assert info.value.render() == str(info.value) == "Die Passphrase ist falsch."


def test_a_second_vault_in_the_same_place_is_refused_in_english(vault, data_paths):
    with pytest.raises(VaultExistsError) as info:
        Vault.create(data_paths, "another long passphrase", kdf_params=FAST_KDF,
                     allow_below_floor=True)
    assert info.value.render("en") == (f"There is already a vault in {data_paths.root}. "
                                  "It will not be overwritten.")


def test_a_locked_vault_says_so_in_english(vault):
    vault.lock()
    with pytest.raises(VaultLockedError) as info:
        vault._data_key()
    assert info.value.render("en") == "The vault is locked."


def test_a_full_disk_during_a_save_is_explained_in_english(vault):
    """A real SQLITE_FULL: the vault may not grow by one more page."""
    conn = vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(faults.DiskFullError) as info, faults.guarded_write(vault) as c:
        c.execute("INSERT INTO settings(key, value_json) VALUES ('big', ?)",
                  ('"' + "x" * 200_000 + '"',))
    assert info.value.render("en") == faults.DISK_FULL_MESSAGE.render("en")
    assert info.value.render("en").startswith("The disk is full. The last change was not saved")
    assert str(info.value) == str(faults.DISK_FULL_MESSAGE)
    assert conn.execute("SELECT count(*) FROM settings WHERE key = 'big'").fetchone()[0] == 0


@pytest.mark.parametrize("code, kind, english_start", [
    (errno.ENOSPC, faults.DiskFullError, "The disk is full."),
    (errno.EROFS, faults.ReadOnlyStorageError, "The data folder cannot be written to"),
    (errno.ENODEV, faults.StorageGoneError, "The vault's storage location can no longer"),
    (errno.EIO, faults.StorageIOError, "An error occurred while writing to the disk."),
])
def test_os_errors_become_english_storage_errors(tmp_path, code, kind, english_start):
    translated = faults.translate_os_error(OSError(code, "refused"), tmp_path)
    assert isinstance(translated, kind)
    assert translated.render("en").startswith(english_start)
    assert not str(translated).startswith(english_start)  # German for the log


def test_a_vanished_data_directory_is_explained_in_english(tmp_path):
    with pytest.raises(faults.StorageGoneError) as info:
        faults.check_writable(tmp_path / "usb-stick")
    assert info.value.render("en") == faults.GONE_MESSAGE.render("en")
    assert info.value.render("en").startswith("The vault's storage location can no longer")


def test_a_restricted_case_refuses_changes_in_english(vault):
    conn = vault.conn
    client_id = clients.create_client(conn, clients.Client(name="Olena Melnyk"))
    data_subject_rights.restrict(conn, client_id)
    changed = clients.get_client(conn, client_id)
    changed.name = "Olena Melnyk-Schmidt"
    with pytest.raises(UserError) as info:
        clients.update_client(conn, client_id, changed)
    assert info.value.render("en") == "This case is restricted (Art. 18 GDPR) and can only be read."
    assert "eingeschränkt (Art. 18 DSGVO)" in str(info.value)


def test_the_vault_in_use_elsewhere_is_explained_in_english(data_paths):
    with InstanceLock(data_paths), pytest.raises(VaultInUseError) as info:
        InstanceLock(data_paths).acquire()
    assert info.value.render("en").startswith("This vault is already open in another MFD Desktop")


def test_a_file_that_is_no_backup_is_named_in_english(tmp_path):
    stray = tmp_path / "holiday.mfdbak"
    stray.write_bytes(b"not a backup at all, just some bytes" * 10)
    with pytest.raises(VaultDamagedError) as info:
        backup.verify_backup(stray, passphrase="whatever")
    assert info.value.render("en") == "This is not an MFD Desktop backup file."


def test_a_cut_off_backup_is_damaged_in_english(vault, tmp_path):
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    out.write_bytes(out.read_bytes()[:-100])
    with pytest.raises(VaultDamagedError) as info:
        backup.verify_backup(out, passphrase="whatever")
    assert info.value.render("en") == backup.DAMAGED_BACKUP_MESSAGE.render("en")
    assert info.value.render("en").startswith("The backup file is damaged or incomplete")


def test_a_missing_target_folder_is_named_in_english(vault, tmp_path):
    with pytest.raises(UserError) as info:
        backup.create_backup(vault, tmp_path / "gone" / "b.mfdbak")
    assert info.value.render("en") == f"The target folder {tmp_path / 'gone'} does not exist."


def test_a_handover_key_typo_is_explained_in_english():
    with pytest.raises(UserError) as info:
        case_transfer.key_fingerprint("hello")
    assert info.value.render("en") == "This is not an MFD Desktop handover key (it starts with mfdpk)."


def test_profile_names_are_checked_in_english(tmp_path):
    store = ProfileStore(tmp_path)
    with pytest.raises(UserError) as info:
        store.create("   ", "a long enough passphrase", kdf_params=FAST_KDF,
                     allow_below_floor=True)
    assert info.value.render("en").startswith("Please enter a name for the profile")
    with pytest.raises(UserError) as info:
        store.find("Nobody")
    assert info.value.render("en") == "There is no profile “Nobody”."


def test_settings_validation_speaks_english(tmp_path):
    with pytest.raises(UserError) as info:
        settings.AUTO_LOCK_MINUTES.validate(0)
    assert info.value.render("en") == "Lock automatically after (minutes): at least 1."
    assert str(info.value) == "Automatisch sperren nach (Minuten): mindestens 1."
    with pytest.raises(UserError) as info:
        settings.LANGUAGE.validate("fr")
    assert info.value.render("en") == "Language of the user interface: allowed are de, en."


def test_every_setting_has_an_english_label():
    assert [s.key for s in settings.REGISTRY.values()
            if not text_of(s.label.key, "en") or not text_of(s.label.key, "de")] == []
    assert settings.AUTO_LOCK_MINUTES.label.render("en") == "Lock automatically after (minutes)"


def test_audit_chain_findings_in_english(vault):
    from tests.storage.test_audit import _drop_triggers, _fill

    _fill(vault.conn)
    _drop_triggers(vault.conn)  # what someone with a SQL tool and the key could do
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    vault.conn.execute("UPDATE audit_log SET record_id = '999' WHERE seq = 4")
    report = audit.verify(vault.conn)
    assert report.texts("en") == ("Entries 2 to 2 are missing.",
                                  "Entry 3: does not match the previous entry.",
                                  "Entry 4: has been changed.")
    assert report.problems[0] == "Einträge 2 bis 2 fehlen."  # German for the command line
    assert report.texts("de") == report.problems
